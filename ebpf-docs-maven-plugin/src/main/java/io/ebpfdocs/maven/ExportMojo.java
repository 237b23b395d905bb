package io.ebpfdocs.maven;

import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the JSON API (features, program types, helpers, kfuncs and map types with versions, and
 * its JSON Schema) without rendering the site; {@code site} writes the same files into {@code api/v1/}.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractDocsMojo {

  /**
   * Where the API files are written; default {@code ${project.build.directory}/site/api/v1}, and
   * {@code ROOT/target/site/api/v1} without a POM.
   */
  @Parameter(property = Options.EXPORT_DIRECTORY)
  protected File exportDirectory;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.export.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "export";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    Path directory = directory(settings);
    int written = ApiFiles.export(settings, directory);
    getLog().info("export: " + written + " of " + (ApiFiles.DATA_FILES.size() + 2) + " API files written to " + directory
        + (written == 0 ? " (all up to date)" : ""));
  }

  /** The folder the files go to. */
  Path directory(DocsSettings settings) {
    if (exportDirectory != null) {
      return exportDirectory.toPath();
    }
    return buildFolder(settings).resolve("site").resolve(ApiFiles.SITE_FOLDER);
  }
}
