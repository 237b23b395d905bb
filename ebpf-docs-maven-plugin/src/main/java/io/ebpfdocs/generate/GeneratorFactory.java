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
}
