package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the libbpf generators from the settings. A libbpf file that pages need but that would
 * have to be downloaded while offline, with no cached copy, is an absent input: the generator is
 * left out with a warning that says how to point at a local libbpf.
 */
public final class LibbpfGenerators {
  private LibbpfGenerators() {}

  public static Optional<HelperDefGenerator> helperDefs(DocsSettings settings, Report report)
      throws DocsException, IOException {
    LibbpfSource libbpf = LibbpfSources.fromSettings(settings);
    return usable(settings, libbpf, LibbpfSource.HELPER_DEFS, HelperDefGenerator.FOLDER, HelperDefGenerator.MARKER,
        HelperDefGenerator.NAME, report)
        ? Optional.of(new HelperDefGenerator(libbpf, ManPageConverter.standard(), settings::displayName))
        : Optional.empty();
  }

  public static Optional<LibbpfTagGenerator> tags(DocsSettings settings, Report report)
      throws DocsException, IOException {
    LibbpfSource libbpf = LibbpfSources.fromSettings(settings);
    return usable(settings, libbpf, LibbpfSource.VERSION_MAP, LibbpfTagGenerator.FOLDER, LibbpfTagGenerator.MARKER,
        LibbpfTagGenerator.NAME, report)
        ? Optional.of(new LibbpfTagGenerator(libbpf, settings::displayName))
        : Optional.empty();
  }

  private static boolean usable(DocsSettings settings, LibbpfSource libbpf, String path, String folder, Marker marker,
      String generator, Report report) throws IOException {
    if (libbpf.available(path) || !anyPageHas(settings.docsDir().resolve(folder), marker)) {
      return true;
    }
    report.warn(generator + " not run: " + libbpf.describe(path) + " is not in the download cache and downloads are off;"
        + " point -D" + Options.LIBBPF + " at a local libbpf (a git repository, or a folder with " + path
        + "), or run ebpfdocs:generate online (without -o) once: it fills the cache");
    return false;
  }

  /** Whether a page of the folder holds the marker; looked at only when libbpf is out of reach. */
  private static boolean anyPageHas(Path folder, Marker marker) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> pages = Files.list(folder)) {
      for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".md"))::iterator) {
        // The marker is ASCII: a byte-for-byte search needs no decoding of the page.
        if (new String(Files.readAllBytes(page), StandardCharsets.ISO_8859_1).contains(marker.start())) {
          return true;
        }
      }
    }
    return false;
  }
}
