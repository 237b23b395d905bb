package io.ebpfdocs.maven;

import io.ebpfdocs.helpers.HelperRefGenerator;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fills the helper reference lists of program-type, map-type and helper-function pages. */
@Mojo(name = HelperRefGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenHelperRefsMojo extends AbstractGeneratorMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.gen-helper-refs.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return HelperRefGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of(HelperRefGenerator.NAME);
  }
}
