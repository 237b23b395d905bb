package io.ebpfdocs.generate;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.Optional;

/**
 * Builds a generator from the settings and the data, or says why it cannot run here (its inputs
 * are absent), in which case {@code generate} leaves it out.
 */
public interface GeneratorFactory {
  String name();

  /** Empty when the generator's inputs are not present; the reason goes to {@code report}. */
  Optional<Generator> create(DocsSettings settings, DataFiles data, Report report) throws DocsException, IOException;

  /** How a generator is made from the settings and the data. */
  @FunctionalInterface
  interface Creator {
    Optional<? extends Generator> create(DocsSettings settings, DataFiles data, Report report)
        throws DocsException, IOException;
  }

  /** The factory of the generator {@code name}, made by {@code creator}. */
  static GeneratorFactory of(String name, Creator creator) {
    return new GeneratorFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<Generator> create(DocsSettings settings, DataFiles data, Report report)
          throws DocsException, IOException {
        return creator.create(settings, data, report).map(Generator.class::cast);
      }
    };
  }
}
