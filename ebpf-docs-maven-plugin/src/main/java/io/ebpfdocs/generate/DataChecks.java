package io.ebpfdocs.generate;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pages of the generated folders that no data file mentions: they get no generated references and
 * are easy to miss. (Names in the data without a page are reported by the generators.)
 */
final class DataChecks {
  private DataChecks() {}

  static void run(DocsSettings settings, DataFiles data, PageStore pages, Report report)
      throws DocsException, IOException {
    Set<String> programTypes = new HashSet<>();
    Set<String> mapTypes = new HashSet<>();
    Set<String> helpers = new HashSet<>();
    Set<String> kfuncs = new HashSet<>();
    Set<String> features = new HashSet<>();
    data.featureVersions().ifPresent(f -> features.addAll(f.byName().keySet()));
    data.helperFunctions().ifPresent(h -> {
      programTypes.addAll(h.programs().keySet());
      mapTypes.addAll(h.maps().keySet());
      h.programs().values().forEach(list -> list.forEach(helper -> helpers.add(helper.name())));
      h.maps().values().forEach(list -> list.forEach(helper -> helpers.add(helper.name())));
    });
    data.kfuncSets().ifPresent(k -> k.sets().forEach(set -> {
      set.funcs().forEach(f -> kfuncs.add(f.name()));
      set.programTypes().forEach(t -> programTypes.add(t.name()));
    }));
    boolean anyData = !features.isEmpty() || !programTypes.isEmpty() || !kfuncs.isEmpty();
    if (!anyData) {
      return;
    }
    unmentioned(settings, pages, "linux/program-type", programTypes, features, report);
    unmentioned(settings, pages, "linux/map-type", mapTypes, features, report);
    unmentioned(settings, pages, "linux/helper-function", helpers, features, report);
    unmentioned(settings, pages, "linux/kfuncs", kfuncs, features, report);
  }

  private static void unmentioned(DocsSettings settings, PageStore pages, String folder, Set<String> names,
      Set<String> features, Report report) {
    List<String> pagesWithoutData = pages.list(folder).stream()
        .filter(page -> !page.endsWith("/index.md") && !page.endsWith("/SUMMARY.md"))
        .filter(page -> {
          String name = page.substring(folder.length() + 1, page.length() - ".md".length());
          return !names.contains(name) && !features.contains(name);
        })
        .toList();
    for (String page : pagesWithoutData) {
      report.warn(settings.displayName(page), 0, "no data file mentions this page; add it to the data in "
          + settings.dataDir().getFileName() + "/ (" + FeatureVersions.FILE + ", " + HelperFunctions.FILE + " or "
          + KfuncSets.FILE + ") or remove the page");
    }
  }
}
