package io.ebpfdocs.maven;

import io.ebpfdocs.site.SiteSettings;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that render the site share: how the pages present the site. */
public abstract class AbstractSiteMojo extends AbstractDocsMojo {

  /** The name in the header and in page titles. */
  @Parameter(property = "ebpfdocs.site.name", defaultValue = "eBPF Docs")
  protected String siteName;

  /** Source repository linked from the header; empty for none. */
  @Parameter(property = "ebpfdocs.site.repoUrl", defaultValue = "")
  protected String repoUrl;

  /** Prefix of each page's edit link, e.g. {@code https://github.com/o/r/edit/main/docs/}; empty for none. */
  @Parameter(property = "ebpfdocs.site.editUrl", defaultValue = "")
  protected String editUrl;

  protected SiteSettings siteSettings(Path docs, Path output, boolean strict, int threads) {
    return new SiteSettings(docs, output, siteName, blankToEmpty(editUrl), blankToEmpty(repoUrl), strict,
        Math.max(1, threads));
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
