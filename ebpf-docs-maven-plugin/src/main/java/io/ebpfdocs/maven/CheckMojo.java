package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.Options;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs every generator without writing and fails when a page would change: the docs are stale.
 * Lists each stale page and region with a short diff and the command that fixes it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractGeneratorMojo {
  private static final int DIFF_LINES_PER_PAGE = 40;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.check.skip", defaultValue = "false")
  protected boolean skipGoal;

  /** Fail the build when pages are stale; with false, only report them. */
  @Parameter(property = Options.CHECK_FAIL, defaultValue = "true")
  protected boolean fail;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of();
  }

  @Override
  protected Mode mode() {
    return Mode.CHECK;
  }

  @Override
  protected Optional<String> afterRun(DocsRun.Outcome outcome) {
    if (outcome.changes().isEmpty()) {
      return Optional.empty();
    }
    String message = outcome.changes().size() + " stale page(s): the generated regions differ from the data.\n"
        + outcome.staleReport(DIFF_LINES_PER_PAGE)
        + "Run `" + command("generate") + "` and commit the result.";
    if (fail) {
      return Optional.of(message);
    }
    getLog().warn(message);
    return Optional.empty();
  }
}
