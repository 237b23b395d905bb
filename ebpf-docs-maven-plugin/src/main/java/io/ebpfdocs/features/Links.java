package io.ebpfdocs.features;

/** Links the generated text uses. */
public final class Links {
  private Links() {}

  public static String linuxCommit(String commit) {
    return "https://github.com/torvalds/linux/commit/" + commit;
  }
}
