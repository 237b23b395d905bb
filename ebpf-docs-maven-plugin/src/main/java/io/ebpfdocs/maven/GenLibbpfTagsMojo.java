package io.ebpfdocs.maven;

import io.ebpfdocs.libbpf.LibbpfTagGenerator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fills the LIBBPF_TAG region of libbpf userspace pages from libbpf's libbpf.map. */
@Mojo(name = LibbpfTagGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenLibbpfTagsMojo extends AbstractLibbpfMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.gen-libbpf-tags.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return LibbpfTagGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }
}
