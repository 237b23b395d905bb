package io.ebpfdocs.helpers;

import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.data.HelperFunctions.Helper;
import io.ebpfdocs.features.Links;
import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code gen-helper-refs}: on program-type and map-type pages the helpers they may call, and on
 * helper pages the program types and map types that may call them.
 */
public final class HelperRefGenerator implements Generator {
  public static final String NAME = "gen-helper-refs";
  static final Marker PROG_HELPERS = lineMarker("PROG_HELPER_FUNC_REF");
  static final Marker MAP_HELPERS = lineMarker("MAP_HELPER_FUNC_REF");
  static final Marker HELPER_PROGS = lineMarker("HELPER_FUNC_PROG_REF");
  static final Marker HELPER_MAPS = lineMarker("HELPER_FUNC_MAP_REF");

  private final HelperFunctions data;
  private final String dataFileName;
  private final Function<String, String> displayName;

  public HelperRefGenerator(HelperFunctions data, String dataFileName, Function<String, String> displayName) {
    this.data = data;
    this.dataFileName = dataFileName;
    this.displayName = displayName;
  }

  /** These markers own the newline that ends them. */
  private static Marker lineMarker(String name) {
    return Marker.exact(name, "<!-- [" + name + "] -->\n", "<!-- [/" + name + "] -->\n");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void generate(PageStore pages, Report report) {
    data.problems().forEach(p -> report.warn(p.file(), p.line(), p.message()));
    List<String> missing = new ArrayList<>();
    data.programs().forEach((type, helpers) -> rewrite(pages, "linux/program-type/" + type + ".md", PROG_HELPERS,
        () -> "??? abstract \"Supported helper functions\"\n" + list("    * ", helpers, "../helper-function/"), missing, report));
    data.maps().forEach((type, helpers) -> rewrite(pages, "linux/map-type/" + type + ".md", MAP_HELPERS,
        () -> list(" * ", helpers, "../helper-function/"), missing, report));
    data.programsByHelper().forEach((helper, types) -> rewrite(pages, "linux/helper-function/" + helper + ".md",
        HELPER_PROGS, () -> list(" * ", types, "../program-type/"), missing, report));
    data.mapsByHelper().forEach((helper, types) -> rewrite(pages, "linux/helper-function/" + helper + ".md",
        HELPER_MAPS, () -> list(" * ", types, "../map-type/"), missing, report));
    if (!missing.isEmpty()) {
      report.warn(dataFileName, 0, "named in the data but without a page: "
          + String.join(", ", missing.stream().distinct().map(displayName).toList()) + "; add the pages (ebpfdocs:scaffold creates them from a template) or fix the names");
    }
  }

  /**
   * The content is made only for a page that exists: the preview's page store holds one page, and
   * builds every page of the tree for its search index.
   */
  private void rewrite(PageStore pages, String page, Marker marker, Supplier<String> content, List<String> missing,
      Report report) {
    Optional<String> text = pages.read(page);
    if (text.isEmpty()) {
      if (pages.missing(page)) {
        missing.add(page);
      }
      return;
    }
    String generated = content.get();
    pages.update(page, MarkerEngine.rewrite(displayName.apply(page), text.get(), marker, region -> generated, report));
  }

  private static String list(String indent, List<Helper> items, String folder) {
    StringBuilder out = new StringBuilder();
    for (Helper item : items) {
      out.append(indent).append("[`").append(item.name()).append("`](").append(folder).append(item.name()).append(".md)");
      item.since().ifPresent(since -> out.append(Links.releaseBadge(since)));
      out.append('\n');
    }
    return out.toString();
  }
}
