package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsRun;
import java.util.List;
import java.util.Optional;

/** A goal that runs one libbpf generator; unlike {@code generate}, it fails when libbpf is out of reach. */
abstract class AbstractLibbpfMojo extends AbstractGeneratorMojo {

  @Override
  protected List<String> generators() {
    return List.of(goal());
  }

  @Override
  protected Optional<String> afterRun(DocsRun.Outcome outcome) {
    return outcome.notRun().contains(goal())
        ? Optional.of(goal() + " could not read libbpf; see the warning above for how to point at a local libbpf")
        : Optional.empty();
  }
}
