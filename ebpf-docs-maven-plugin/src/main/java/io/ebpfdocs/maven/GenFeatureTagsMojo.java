package io.ebpfdocs.maven;

import io.ebpfdocs.features.FeatureTagGenerator;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fills every FEATURE_TAG region with the release that introduced the feature, and rewrites the timeline page. */
@Mojo(name = FeatureTagGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenFeatureTagsMojo extends AbstractGeneratorMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.gen-feature-tags.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return FeatureTagGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of(FeatureTagGenerator.NAME);
  }
}
