package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A generator that fills one marker on the pages of one folder from one libbpf file. The file is
 * read only when some page of the folder has the marker, so trees without such pages never need
 * libbpf.
 */
abstract class LibbpfRegionGenerator implements Generator {
  private final LibbpfSource libbpf;
  private final String file;
  private final String folder;
  private final Marker marker;
  private final Function<String, String> displayName;

  LibbpfRegionGenerator(LibbpfSource libbpf, String file, String folder, Marker marker, Function<String, String> displayName) {
    this.libbpf = libbpf;
    this.file = file;
    this.folder = folder;
    this.marker = marker;
    this.displayName = displayName;
  }

  @Override
  public final void generate(PageStore pages, Report report) throws DocsException {
    List<String> withRegion = pages.list(folder).stream()
        .filter(page -> pages.read(page).map(text -> text.contains(marker.start())).orElse(false))
        .toList();
    if (withRegion.isEmpty()) {
      return;
    }
    String text;
    try {
      text = libbpf.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + libbpf.describe(file), e);
    }
    fill(pages, withRegion, text, libbpf.describe(file), report);
  }

  /**
   * @param withRegion the pages of the folder that hold the marker
   * @param text the libbpf file's text
   * @param fileName how messages name the libbpf file
   */
  abstract void fill(PageStore pages, List<String> withRegion, String text, String fileName, Report report);

  String pagePath(String name) {
    return folder + "/" + name + ".md";
  }

  /** Sets the page's region(s) of this generator's marker to {@code content}. */
  void rewrite(PageStore pages, String page, String text, String content, Report report) {
    pages.update(page, MarkerEngine.rewrite(displayName.apply(page), text, marker, region -> content, report));
  }

  static void warnAll(Report report, String fileName, List<InputWarning> warnings) {
    warnings.forEach(w -> report.warn(fileName, w.line(), w.message()));
  }

  /** The page's name without folder and {@code .md}. */
  static String nameOf(String page) {
    return page.substring(page.lastIndexOf('/') + 1, page.length() - ".md".length());
  }
}
