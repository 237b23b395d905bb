package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.init.ProjectInit;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes an ebpf-docs checkout (docs/, data/, mkdocs.yml) a Maven build: writes a pom.xml declaring
 * this plugin at this version (check and spellcheck in verify, site in site, generate in the
 * {@code regenerate} profile, a {@code prod} profile), .mvn/jvm.config, GitHub Actions workflows
 * for pull requests and GitHub Pages, and target/ in .gitignore. Never overwrites a file: it lists
 * what it left alone and what to merge by hand, then the commands to run next.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractDocsMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.init.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "init";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    for (String line : ProjectInit.describe(ProjectInit.run(settings.root(), pluginVersion))) {
      getLog().info(line);
    }
  }
}
