package io.ebpfdocs.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs every generator whose inputs are present, in the original tools' order, in one pass over
 * the tree, writes the pages that changed and reports the data checks.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenerateMojo extends AbstractGeneratorMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.generate.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "generate";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of();
  }
}
