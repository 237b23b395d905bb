package io.ebpfdocs.maven;

import io.ebpfdocs.ci.Findings;
import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.site.QuickCompilation;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the docs tree into a static site (works from file:// and any static server, offline):
 * navigation, search, dark mode, highlighted code, a check of every internal link, and the JSON API in
 * {@code api/v1/} (see {@code export}).
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class SiteMojo extends AbstractSiteMojo {

  /** Where the site is written; default {@code ${project.build.directory}/site}, and {@code ROOT/target/site} without a POM. */
  @Parameter(property = Options.SITE_DIRECTORY)
  protected File siteDirectory;

  /** Rendering threads. */
  @Parameter(property = "ebpfdocs.site.threads", defaultValue = "2")
  protected int threads;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.site.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "site";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    try (QuickCompilation batch = QuickCompilation.start()) {
      SiteSettings site = siteSettings(settings);
      Path output = site.output();
      SiteBuilder.Result result = new SiteBuilder(site, new MarkdownRenderer(), getLog()::info)
          .incremental(buildFolder(settings).resolve(output.getFileName() + ".manifest"))
          .with(ApiFiles.sitePart(settings)).build();
      for (LinkProblem problem : result.problems()) {
        getLog().warn(problem.toString());
      }
      result.warnings().forEach(getLog()::warn);
      getLog().info(String.format("Site: %d pages, %.1f MiB in %s%s", result.pages(),
          result.bytesWritten() / 1048576.0, output,
          result.problems().isEmpty() ? "" : "; " + result.problems().size() + " broken link(s) (strict fails on them)"));
      annotate(result.pages() + " pages, " + result.problems().size() + " broken link(s)", Findings.ofLinks(result.problems()));
    }
  }

  /** What the renderer gets. */
  SiteSettings siteSettings(DocsSettings settings) throws DocsException, IOException {
    Path output = siteDirectory != null ? siteDirectory.toPath() : buildFolder(settings).resolve("site");
    return siteSettings(settings, output, settings.strict(), threads);
  }
}
