package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/** The goals that run generators: one named generator, all of them, or all without writing. */
public abstract class AbstractGeneratorMojo extends AbstractDocsMojo {

  /** The generators to run; empty for all of them. */
  protected abstract List<String> generators();

  protected Mode mode() {
    return Mode.WRITE;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException, MojoFailureException {
    DocsRun.Outcome outcome = DocsRun.run(settings, generators(), mode());
    for (Warning warning : outcome.warnings()) {
      getLog().warn(warning.toString());
    }
    getLog().info(goal() + ": " + outcome.summary(mode()));
    afterRun(outcome);
  }

  /** What a goal does with the outcome beyond logging it. */
  protected void afterRun(DocsRun.Outcome outcome) throws MojoFailureException {}
}
