package io.ebpfdocs.site;

import io.ebpfdocs.site.config.MkDocsConfig;
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
 * @param config the rest of the tree's {@code mkdocs.yml} (its site name and URLs are the three above)
 * @param production the production parts (page dates, contributors, social cards) as {@code config} enables them
 * @param cacheDir where drawn social cards are kept between builds
 */
public record SiteSettings(Path docs, Path output, String siteName, String editUrl, String repoUrl, boolean strict,
    int threads, MkDocsConfig config, MkDocsConfig.Production production, Path cacheDir) {
  public SiteSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** A site without {@code mkdocs.yml} and without the production parts. */
  public SiteSettings(Path docs, Path output, String siteName, String editUrl, String repoUrl, boolean strict,
      int threads) {
    this(docs, output, siteName, editUrl, repoUrl, strict, threads, MkDocsConfig.NONE,
        MkDocsConfig.NONE.production(), output.resolveSibling(output.getFileName() + "-cache"));
  }

  /** The regular expression search splits titles and queries on: {@code mkdocs.yml}'s, else ours. */
  public String searchSeparator() {
    return config.searchSeparator().isEmpty() ? SearchIndex.DEFAULT_SEPARATOR : config.searchSeparator();
  }

  /** Whether any production part runs. */
  public boolean prod() {
    return production.any();
  }

  /**
   * The settings from a tree's configuration, with what the user set explicitly on top: a non-blank
   * {@code siteName}, {@code editUrl} or {@code repoUrl}, and {@code prod} (null: each production plugin as
   * {@code mkdocs.yml} enables it; true or false: all of them on or off).
   */
  public static SiteSettings configured(Path docs, Path output, boolean strict, int threads, MkDocsConfig config,
      String siteName, String editUrl, String repoUrl, Boolean prod) {
    MkDocsConfig.Production production = config.production();
    if (prod != null) {
      production = new MkDocsConfig.Production(
          new MkDocsConfig.RevisionDates(prod, production.dates().type(), production.dates().locale(),
              production.dates().timezone(), production.dates().creationDate()),
          prod, prod, production.cardLogo());
    }
    return new SiteSettings(docs, output, firstSet(siteName, config.siteName(), DEFAULT_NAME),
        firstSet(editUrl, config.editUrl(), ""), firstSet(repoUrl, config.repoUrl(), ""), strict, threads, config,
        production, output.resolveSibling(output.getFileName() + "-cache"));
  }

  public static final String DEFAULT_NAME = "eBPF Docs";

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return "";
  }

  /** The site URL without its trailing slash; empty without one. */
  public String siteUrl() {
    return config.siteUrl();
  }
}
