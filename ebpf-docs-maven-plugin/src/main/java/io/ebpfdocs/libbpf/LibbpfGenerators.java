package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.Optional;

/**
 * Builds the libbpf generators from the settings. A libbpf file that would have to be downloaded
 * while offline, with no cached copy, is an absent input: the generator is left out with a warning
 * that says how to point at a local libbpf.
 */
public final class LibbpfGenerators {
  private LibbpfGenerators() {}

  public static Optional<HelperDefGenerator> helperDefs(DocsSettings settings, Report report)
      throws DocsException, IOException {
    LibbpfSource libbpf = LibbpfSources.fromSettings(settings);
    return available(libbpf, LibbpfSource.HELPER_DEFS, HelperDefGenerator.NAME, report)
        ? Optional.of(new HelperDefGenerator(libbpf, ManPageConverter.standard(), settings::displayName))
        : Optional.empty();
  }

  public static Optional<LibbpfTagGenerator> tags(DocsSettings settings, Report report)
      throws DocsException, IOException {
    LibbpfSource libbpf = LibbpfSources.fromSettings(settings);
    return available(libbpf, LibbpfSource.VERSION_MAP, LibbpfTagGenerator.NAME, report)
        ? Optional.of(new LibbpfTagGenerator(libbpf, settings::displayName))
        : Optional.empty();
  }

  private static boolean available(LibbpfSource libbpf, String path, String generator, Report report) {
    if (libbpf.available(path)) {
      return true;
    }
    report.warn(generator + " not run: " + libbpf.describe(path) + " is not in the download cache and downloads are off;"
        + " point -D" + Options.LIBBPF + " at a local libbpf (a git repository, or a folder with " + path
        + "), or run online (without -o)");
    return false;
  }
}
