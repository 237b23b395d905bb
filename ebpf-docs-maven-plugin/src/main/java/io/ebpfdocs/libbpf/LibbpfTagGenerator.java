package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code gen-libbpf-tags}: on each libbpf userspace API page, the libbpf release that introduced the
 * function, from libbpf.map. Only the first region of a page is generated.
 */
public final class LibbpfTagGenerator implements Generator {
  public static final String NAME = "gen-libbpf-tags";
  static final String FOLDER = "ebpf-library/libbpf/userspace";
  static final Marker MARKER = Marker.of("LIBBPF_TAG");

  private final LibbpfSource libbpf;
  private final Function<String, String> displayName;

  public LibbpfTagGenerator(LibbpfSource libbpf, Function<String, String> displayName) {
    this.libbpf = libbpf;
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
    String mapName = libbpf.describe(LibbpfSource.VERSION_MAP);
    LibbpfVersionMap map = LibbpfVersionMap.parse(LibbpfPages.read(libbpf, LibbpfSource.VERSION_MAP));
    LibbpfPages.warnAll(report, mapName, map.warnings());

    List<String> missing = new ArrayList<>();
    for (String page : withRegion) {
      Optional<String> release = map.releaseOf(LibbpfPages.nameOf(page));
      if (release.isEmpty()) {
        missing.add(LibbpfPages.nameOf(page));
        continue;
      }
      String content = LibbpfTag.render(release.get());
      pages.update(page, MarkerEngine.rewrite(displayName.apply(page), pages.read(page).orElseThrow(), MARKER,
          region -> content, report));
    }
    if (!missing.isEmpty()) {
      report.warn(mapName, 0, missing.size() + " function(s) with a LIBBPF_TAG region are not in the map, left as they are: "
          + String.join(", ", missing) + " (fix the page names, or check the libbpf ref)");
    }
  }
}
