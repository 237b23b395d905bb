package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.Icons;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.config.MkDocsConfigReader;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that render the site share: how the pages present the site, from the tree's
 * {@code mkdocs.yml} with these parameters on top.
 */
public abstract class AbstractSiteMojo extends AbstractInputsMojo {

  /** The name in the header and in page titles; default {@code site_name} of mkdocs.yml, else "eBPF Docs". */
  @Parameter(property = "ebpfdocs.site.name")
  protected String siteName;

  /** Source repository linked from the header; default {@code repo_url} of mkdocs.yml. */
  @Parameter(property = "ebpfdocs.site.repoUrl")
  protected String repoUrl;

  /** Prefix of each page's edit link, e.g. {@code https://github.com/o/r/edit/main/docs/}; default from mkdocs.yml. */
  @Parameter(property = "ebpfdocs.site.editUrl")
  protected String editUrl;

  /**
   * Production mode (page dates and contributors from git, social cards): true or false for all three;
   * unset, each as mkdocs.yml enables it ({@code enabled: !ENV [PROD, false]} reads the PROD variable).
   */
  @Parameter(property = "ebpfdocs.site.prod")
  protected Boolean prod;

  protected SiteSettings siteSettings(DocsSettings settings, Path output, boolean strict, int threads)
      throws DocsException, IOException {
    MkDocsConfig config = MkDocsConfigReader.read(settings.root(), System.getenv(),
        icon -> Icons.svg(icon).isPresent());
    for (String ignored : config.unsupported()) {
      getLog().warn(MkDocsConfigReader.FILE + ": not supported, ignored: " + ignored);
    }
    return SiteSettings.configured(settings.docsDir(), output, strict, Math.max(1, threads), config, siteName, editUrl,
        repoUrl, prod);
  }
}
