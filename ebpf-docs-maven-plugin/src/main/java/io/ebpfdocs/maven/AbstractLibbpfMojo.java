package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsRun;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/** A goal that runs one libbpf generator; unlike {@code generate}, it fails when libbpf is out of reach. */
abstract class AbstractLibbpfMojo extends AbstractGeneratorMojo {

  @Override
  protected List<String> generators() {
    return List.of(goal());
  }

  @Override
  protected void afterRun(DocsRun.Outcome outcome) throws MojoFailureException {
    if (outcome.notRun().contains(goal())) {
      throw new MojoFailureException(goal() + " could not read libbpf; see the warning above for how to point at a local libbpf");
    }
  }
}
