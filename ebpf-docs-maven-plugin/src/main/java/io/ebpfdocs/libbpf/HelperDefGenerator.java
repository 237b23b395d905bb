package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code scrape-helper-defs}: on each helper page, libbpf's description of the helper converted to
 * Markdown, and its C declaration. libbpf is read only when some page has the region.
 */
public final class HelperDefGenerator implements Generator {
  public static final String NAME = "scrape-helper-defs";
  static final String FOLDER = "linux/helper-function";
  /** The region owns the newline after each marker. */
  static final Marker MARKER =
      Marker.exact("HELPER_FUNC_DEF", "<!-- [HELPER_FUNC_DEF] -->\n", "<!-- [/HELPER_FUNC_DEF] -->\n");

  private final LibbpfSource libbpf;
  private final ManPageConverter converter;
  private final Function<String, String> displayName;

  public HelperDefGenerator(LibbpfSource libbpf, ManPageConverter converter, Function<String, String> displayName) {
    this.libbpf = libbpf;
    this.converter = converter;
    this.displayName = displayName;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void generate(PageStore pages, Report report) throws DocsException {
    List<String> withRegion = LibbpfPages.withMarker(pages, FOLDER, MARKER);
    if (withRegion.isEmpty()) {
      return;
    }
    String headerName = libbpf.describe(LibbpfSource.HELPER_DEFS);
    HelperHeader header = HelperHeader.parse(LibbpfPages.read(libbpf, LibbpfSource.HELPER_DEFS));
    LibbpfPages.warnAll(report, headerName, header.warnings());

    Set<String> documented = new HashSet<>();
    List<String> withoutPage = new ArrayList<>();
    for (HelperDefinition helper : header.helpers()) {
      if (!LibbpfPages.isPageName(helper.name())) {
        report.warn(headerName, helper.line(), "'" + helper.name() + "' is not a helper name; skipped");
        continue;
      }
      String page = FOLDER + "/" + helper.name() + ".md";
      Optional<String> text = pages.read(page);
      if (text.isEmpty()) {
        withoutPage.add(helper.name());
        continue;
      }
      documented.add(page);
      String content = converter.render(helper);
      pages.update(page, MarkerEngine.rewrite(displayName.apply(page), text.get(), MARKER, region -> content, report));
    }
    List<String> withoutHelper = withRegion.stream().filter(page -> !documented.contains(page)).map(LibbpfPages::nameOf).toList();
    if (!withoutPage.isEmpty() || !withoutHelper.isEmpty()) {
      report.warn(headerName, 0, mismatch(withoutPage, withoutHelper));
    }
  }

  private String mismatch(List<String> withoutPage, List<String> withoutHelper) {
    List<String> parts = new ArrayList<>();
    if (!withoutPage.isEmpty()) {
      parts.add(withoutPage.size() + " helper(s) without a page in " + FOLDER + "/: " + String.join(", ", withoutPage));
    }
    if (!withoutHelper.isEmpty()) {
      parts.add(withoutHelper.size() + " page(s) with a HELPER_FUNC_DEF region but no helper in the header, left as they are: "
          + String.join(", ", withoutHelper));
    }
    return String.join("; ", parts) + " (add the pages, or check the libbpf ref)";
  }
}
