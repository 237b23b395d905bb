package io.ebpfdocs.scaffold;

import io.ebpfdocs.compat.Compatibility;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.compat.Kind;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scaffold}: a page from the template for every helper, kfunc, program type and map type the
 * data knows and the tree has no page for, each added to its folder's SUMMARY.md. Only the
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
    Compatibility compat = CompatibilityLoader.load(settings);
    PageTemplates templates = PageTemplates.load(settings.root());
    PageStore pages = new PageStore(settings.docsDir(), new Report());
    List<NewPage> created = new ArrayList<>();
    for (Missing missing : missing(compat)) {
      String folder = missing.kind().folder().orElseThrow();
      String page = missing.kind().pagePath(missing.name()).orElseThrow();
      pages.update(page, templates.page(missing.kind(), missing.name(), missing.lists()));
      String summaryPath = folder + "SUMMARY.md";
      String fileName = missing.name() + ".md";
      Optional<String> summary = pages.read(summaryPath).filter(text -> !SummaryFile.lists(text, fileName));
      summary.ifPresent(text -> pages.update(summaryPath, SummaryFile.add(text, missing.name(), fileName)));
      created.add(new NewPage(missing.kind(), missing.name(), page, summary.map(s -> summaryPath)));
    }
    if (!dryRun) {
      pages.writeChanges();
    }
    return List.copyOf(created);
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
