package io.ebpfdocs.maven;

import io.ebpfdocs.mtu.MtuTableGenerator;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fills the MTU_TABLE region of the program type pages: the largest MTU each network driver accepts
 * with an XDP program attached, per architecture (the {@code mtu} key of data/generators.yaml), without
 * and with XDP fragments.
 */
@Mojo(name = MtuTableGenerator.NAME, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false,
    threadSafe = true)
public class GenMtuTableMojo extends AbstractGeneratorMojo {

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.gen-mtu-table.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return MtuTableGenerator.NAME;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected List<String> generators() {
    return List.of(MtuTableGenerator.NAME);
  }
}
