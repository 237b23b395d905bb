package io.ebpfdocs.scaffold;

import io.ebpfdocs.compat.Compatibility;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.compat.Kind;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scaffold}: a page from the template for every helper, kfunc, program type and map type the
 * data knows and the tree has no page for, each added to its folder's SUMMARY.md (a kfunc next to
 * its neighbour in its set, see {@link SummaryFile}). Only the
 * generated regions are left to fill: {@code generate} does it.
 */
public final class Scaffold {

  /**
   * A page scaffold creates.
   *
   * @param summary the SUMMARY.md it is added to; empty when that file already lists it or does not exist
   */
  public record NewPage(Kind kind, String name, String page, Optional<String> summary) {}

  private Scaffold() {}

  /** Creates the missing pages (nothing when {@code dryRun}) and returns them, by kind then name. */
  public static List<NewPage> run(DocsSettings settings, boolean dryRun) throws DocsException, IOException {
    DataFiles data = DocsRun.dataFiles(settings);
    Compatibility compat = CompatibilityLoader.load(settings, data);
    PageTemplates templates = PageTemplates.load(settings.root());
    Neighbours neighbours = Neighbours.of(data.kfuncSets());
    PageStore pages = new PageStore(settings.docsDir(), new Report());
    List<NewPage> created = new ArrayList<>();
    for (Missing missing : missing(compat)) {
      String page = missing.kind().pagePath(missing.name()).orElseThrow();
      pages.update(page, templates.page(missing.kind(), missing.name(), missing.lists()));
      String summaryPath = missing.kind().folder().orElseThrow() + "SUMMARY.md";
      Optional<String> summary = pages.read(summaryPath).filter(text -> !SummaryFile.lists(text, missing.name()));
      summary.ifPresent(text -> pages.update(summaryPath, SummaryFile.add(text, missing.name(),
          neighbours.previous(missing.kind(), missing.name()), neighbours.next(missing.kind(), missing.name()))));
      created.add(new NewPage(missing.kind(), missing.name(), page, summary.map(s -> summaryPath)));
    }
    if (!dryRun) {
      pages.writeChanges();
    }
    return List.copyOf(created);
  }

  /** The kfuncs listed next to a kfunc in its set of data/kfuncs.yaml: where a SUMMARY.md most likely lists it. */
  private record Neighbours(Map<String, String> previous, Map<String, String> next) {
    static Neighbours of(Optional<KfuncSets> sets) {
      Map<String, String> previous = new HashMap<>();
      Map<String, String> next = new HashMap<>();
      for (KfuncSets.KfuncSet set : sets.map(KfuncSets::sets).orElse(List.of())) {
        for (int i = 1; i < set.funcs().size(); i++) {
          previous.putIfAbsent(set.funcs().get(i).name(), set.funcs().get(i - 1).name());
          next.putIfAbsent(set.funcs().get(i - 1).name(), set.funcs().get(i).name());
        }
      }
      return new Neighbours(previous, next);
    }

    Optional<String> previous(Kind kind, String name) {
      return kind == Kind.KFUNC ? Optional.ofNullable(previous.get(name)) : Optional.empty();
    }

    Optional<String> next(Kind kind, String name) {
      return kind == Kind.KFUNC ? Optional.ofNullable(next.get(name)) : Optional.empty();
    }
  }

  /** A name without a page, and which optional lists its page gets (those the data gives it). */
  private record Missing(Kind kind, String name, Map<String, Boolean> lists) {}

  private static List<Missing> missing(Compatibility compat) {
    List<Missing> missing = new ArrayList<>();
    compat.helpers().stream().filter(h -> h.page().isEmpty()).forEach(h -> missing.add(new Missing(Kind.HELPER, h.name(),
        Map.of("program_types", !h.programTypes().isEmpty(), "map_types", !h.mapTypes().isEmpty()))));
    compat.kfuncs().stream().filter(k -> k.page().isEmpty()).forEach(k -> missing.add(new Missing(Kind.KFUNC, k.name(),
        Map.of("program_types", !k.programTypes().isEmpty()))));
    compat.programTypes().stream().filter(t -> t.page().isEmpty()).forEach(t -> missing.add(
        new Missing(Kind.PROGRAM_TYPE, t.name(), Map.of("helpers", !t.helpers().isEmpty()))));
    compat.mapTypes().stream().filter(t -> t.page().isEmpty()).forEach(t -> missing.add(
        new Missing(Kind.MAP_TYPE, t.name(), Map.of("helpers", !t.helpers().isEmpty()))));
    return missing;
  }
}
