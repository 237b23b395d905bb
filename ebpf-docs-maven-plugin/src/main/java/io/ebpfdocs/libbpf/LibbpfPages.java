package io.ebpfdocs.libbpf;

import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What both libbpf generators share: finding their pages and reading their libbpf file. */
final class LibbpfPages {
  private LibbpfPages() {}

  /** The pages of {@code folder} that hold the marker's start text. */
  static List<String> withMarker(PageStore pages, String folder, Marker marker) {
    return pages.list(folder).stream()
        .filter(page -> pages.read(page).map(text -> text.contains(marker.start())).orElse(false))
        .toList();
  }

  /** The page's name without folder and {@code .md}. */
  static String nameOf(String page) {
    return page.substring(page.lastIndexOf('/') + 1, page.length() - ".md".length());
  }

  /** Names from libbpf become page paths: they must stay inside their folder. */
  static boolean isPageName(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  static String read(LibbpfSource source, String path) throws DocsException {
    try {
      return source.read(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.describe(path), e);
    }
  }

  static void warnAll(Report report, String file, List<InputWarning> warnings) {
    warnings.forEach(w -> report.warn(file, w.line(), w.message()));
  }
}
