package io.ebpfdocs.site;

import java.nio.file.Path;

/**
 * What the site build needs.
 *
 * @param docs the docs folder (Markdown sources, SUMMARY.md files, assets)
 * @param output the folder the site is written to
 * @param siteName shown in the header and page titles
 * @param editUrl prefix of the edit-this-page link, e.g. "https://github.com/o/r/edit/main/docs/"; empty for none
 * @param repoUrl repository link in the header; empty for none
 * @param strict broken internal links fail the build instead of warning
 * @param threads rendering threads
 */
public record SiteSettings(Path docs, Path output, String siteName, String editUrl, String repoUrl, boolean strict,
    int threads) {
  public SiteSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }
}
