package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.scaffold.PageTemplates;
import io.ebpfdocs.scaffold.Scaffold;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a page, from a template, for every helper, kfunc, program type and map type the data
 * knows and the tree has no page for, and adds it to its folder's SUMMARY.md; the next
 * {@code generate} fills its generated regions. Templates: built in, or
 * {@code ROOT/scaffold/{helper-function,kfuncs,program-type,map-type}.md}.
 */
@Mojo(name = "scaffold", requiresProject = false, threadSafe = true)
public class ScaffoldMojo extends AbstractDocsMojo {

  /** Only list the pages that would be created; write nothing. */
  @Parameter(property = Options.SCAFFOLD_DRY_RUN, defaultValue = "false")
  protected boolean dryRun;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.scaffold.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "scaffold";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    List<Scaffold.NewPage> pages = Scaffold.run(settings, dryRun);
    for (Scaffold.NewPage page : pages) {
      getLog().info((dryRun ? "would create " : "created ") + settings.displayName(page.page()) + " (" + page.kind().label()
          + ")" + page.summary().map(s -> ", listed in " + settings.displayName(s)).orElse(""));
    }
    String templates = PageTemplates.OVERRIDE_FOLDER + "/" + "{helper-function,kfuncs,program-type,map-type}.md";
    getLog().info("scaffold: " + pages.size() + " page" + (pages.size() == 1 ? "" : "s")
        + (dryRun ? " would be created (dry run, nothing written)" : " created")
        + (pages.isEmpty() ? "" : "; run " + command("generate") + " to fill their generated regions")
        + " (templates: built in, or ROOT/" + templates + ")");
  }
}
