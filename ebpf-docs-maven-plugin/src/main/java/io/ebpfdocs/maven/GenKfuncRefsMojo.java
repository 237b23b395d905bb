package io.ebpfdocs.maven;

import io.ebpfdocs.kfuncs.KfuncRefGenerator;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fills the kfunc pages (C signature from kernel BTF with the notes of the kfunc's flags, the
 * program types that may call it) and the kfunc lists of the program-type pages, and checks
 * data/kfuncs.yaml against the BTF.
 */
@Mojo(name = KfuncRefGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenKfuncRefsMojo extends AbstractGeneratorMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.gen-kfunc-refs.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return KfuncRefGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of(KfuncRefGenerator.NAME);
  }
}
