package io.ebpfdocs.maven;

import io.ebpfdocs.libbpf.HelperDefGenerator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fills the HELPER_FUNC_DEF region of helper pages from libbpf's bpf_helper_defs.h. */
@Mojo(name = HelperDefGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class ScrapeHelperDefsMojo extends AbstractLibbpfMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.scrape-helper-defs.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return HelperDefGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }
}
