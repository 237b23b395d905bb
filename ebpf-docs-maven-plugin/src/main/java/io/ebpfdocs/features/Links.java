package io.ebpfdocs.features;

import io.ebpfdocs.data.Since;

/** Links and badges the generated text uses. */
public final class Links {
  private Links() {}

  public static String linuxCommit(String commit) {
    return "https://github.com/torvalds/linux/commit/" + commit;
  }

  /** {@code " [:octicons-tag-24: vVERSION](…/commit/COMMIT)"}: the release a list entry came with (or went in). */
  public static String releaseBadge(Since release) {
    return " [:octicons-tag-24: v" + release.version() + "](" + linuxCommit(release.commit()) + ")";
  }
}
