package io.ebpfdocs.libbpf;

import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code scrape-helper-defs}: on each helper page, libbpf's description of the helper converted to
 * Markdown, and its C declaration.
 */
public final class HelperDefGenerator extends LibbpfRegionGenerator {
  public static final String NAME = "scrape-helper-defs";
  static final String FOLDER = "linux/helper-function";
  /** The region owns the newline after each marker. */
  static final Marker MARKER =
      Marker.exact("HELPER_FUNC_DEF", "<!-- [HELPER_FUNC_DEF] -->\n", "<!-- [/HELPER_FUNC_DEF] -->\n");

  private final ManPageConverter converter;

  public HelperDefGenerator(LibbpfSource libbpf, ManPageConverter converter, Function<String, String> displayName) {
    super(libbpf, LibbpfSource.HELPER_DEFS, FOLDER, MARKER, displayName);
    this.converter = converter;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  void fill(PageStore pages, List<String> withRegion, String text, String headerName, Report report) {
    HelperHeader header = HelperHeader.parse(text);
    warnAll(report, headerName, header.warnings());
    Set<String> documented = new HashSet<>();
    List<String> withoutPage = new ArrayList<>();
    for (HelperDefinition helper : header.helpers()) {
      if (!isHelperName(helper.name())) {
        report.warn(headerName, helper.line(), "'" + helper.name() + "' is not a helper name; skipped");
        continue;
      }
      String page = pagePath(helper.name());
      Optional<String> pageText = pages.read(page);
      if (pageText.isEmpty()) {
        if (pages.missing(page)) {
          withoutPage.add(helper.name());
        }
        continue;
      }
      documented.add(page);
      rewrite(pages, page, pageText.get(), converter.render(helper), report);
    }
    List<String> withoutHelper = withRegion.stream().filter(page -> !documented.contains(page)).map(LibbpfRegionGenerator::nameOf).toList();
    if (!withoutPage.isEmpty() || !withoutHelper.isEmpty()) {
      report.warn(headerName, 0, mismatch(withoutPage, withoutHelper));
    }
  }

  /** Helper names become page paths: letters, digits and underscores keep them inside the folder. */
  private static boolean isHelperName(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  private static String mismatch(List<String> withoutPage, List<String> withoutHelper) {
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
