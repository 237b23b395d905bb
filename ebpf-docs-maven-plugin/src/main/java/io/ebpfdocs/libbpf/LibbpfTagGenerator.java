package io.ebpfdocs.libbpf;

import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code gen-libbpf-tags}: on each libbpf userspace API page, the libbpf release that introduced the
 * function, from libbpf.map. Only the first region of a page is generated.
 */
public final class LibbpfTagGenerator extends LibbpfRegionGenerator {
  public static final String NAME = "gen-libbpf-tags";
  static final String FOLDER = "ebpf-library/libbpf/userspace";
  static final Marker MARKER = Marker.of("LIBBPF_TAG");

  public LibbpfTagGenerator(LibbpfSource libbpf, Function<String, String> displayName) {
    super(libbpf, LibbpfSource.VERSION_MAP, FOLDER, MARKER, displayName);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  void fill(PageStore pages, List<String> withRegion, String text, String mapName, Report report) {
    LibbpfVersionMap map = LibbpfVersionMap.parse(text);
    warnAll(report, mapName, map.warnings());
    List<String> missing = new ArrayList<>();
    for (String page : withRegion) {
      Optional<String> release = map.releaseOf(nameOf(page));
      if (release.isEmpty()) {
        missing.add(nameOf(page));
      } else {
        rewrite(pages, page, pages.read(page).orElseThrow(), LibbpfTag.render(release.get()), report);
      }
    }
    if (!missing.isEmpty()) {
      report.warn(mapName, 0, missing.size() + " function(s) with a LIBBPF_TAG region are not in the map, left as they are: "
          + String.join(", ", missing) + " (fix the page names, or check the libbpf ref)");
    }
  }
}
