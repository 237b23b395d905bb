package io.ebpfdocs.mtu;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code gen-mtu-table}: the MTU_TABLE regions of the program type pages (the XDP page has the one
 * region), each set to the table of the drivers' largest MTU with XDP for the architectures that
 * data/generators.yaml chooses. Its inputs are built in, so it always runs.
 */
public final class MtuTableGenerator implements Generator {
  public static final String NAME = "gen-mtu-table";
  static final String FOLDER = "linux/program-type";
  /** Every region of a page is generated, as the original did. */
  static final Marker MARKER = Marker.everyRegion("MTU_TABLE");

  private final String table;
  private final Function<String, String> displayName;

  /** @param table the region's text, see {@link MtuTable#render} */
  MtuTableGenerator(String table, Function<String, String> displayName) {
    this.table = table;
    this.displayName = displayName;
  }

  /** Reads the architectures from data/generators.yaml and renders the table once. */
  public static Optional<MtuTableGenerator> create(DocsSettings settings, DataFiles data, Report report)
      throws DocsException, IOException {
    List<Architecture> architectures = MtuSettingsReader.read(data.generators());
    return Optional.of(new MtuTableGenerator(MtuTable.render(architectures), settings::displayName));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void generate(PageStore pages, Report report) {
    for (String page : pages.list(FOLDER)) {
      pages.read(page).ifPresent(text -> pages.update(page,
          MarkerEngine.rewrite(displayName.apply(page), text, MARKER, region -> table, report)));
    }
  }
}
