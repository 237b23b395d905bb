package io.ebpfdocs.generate;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One pass of generators over a docs tree: data read once, pages read once, every generator run in
 * the fixed order, then either the changed pages written ({@link Mode#WRITE}) or only reported
 * ({@link Mode#CHECK}). In strict mode any warning fails the run before anything is written.
 */
public final class DocsRun {
  private DocsRun() {}

  public enum Mode { WRITE, CHECK }

  /**
   * @param ran the generators that ran, in order
   * @param notRun the generators left out because their inputs are absent
   * @param written pages written (always 0 in CHECK mode)
   * @param settings the run's settings, which say how pages are named in messages
   */
  public record Outcome(
      List<String> ran, List<String> notRun, int pagesRead, int regions, List<PageChange> changes,
      int written, Report report, DocsSettings settings) {

    public List<Warning> warnings() {
      return report.warnings();
    }

    /** One line: what ran and what it did. */
    public String summary(Mode mode) {
      String pages = mode == Mode.WRITE
          ? written + " page" + (written == 1 ? "" : "s") + " written"
          : changes.size() + " stale page" + (changes.size() == 1 ? "" : "s");
      return pagesRead + " pages read, " + regions + " regions regenerated, " + pages + ", "
          + warnings().size() + " warning" + (warnings().size() == 1 ? "" : "s")
          + " (" + String.join(", ", ran) + (notRun.isEmpty() ? "" : "; not run: " + String.join(", ", notRun)) + ")";
    }

    /** Each stale page with its stale regions and a short diff; empty when nothing is stale. */
    public String staleReport(int maxDiffLines) {
      StringBuilder out = new StringBuilder();
      for (PageChange change : changes) {
        String shown = settings.displayName(change.path());
        String regions = report.staleRegions().stream()
            .filter(r -> r.page().equals(shown))
            .sorted(java.util.Comparator.comparingInt(Report.StaleRegion::line))
            .map(r -> r.line() > 0 ? r.region() + " (line " + r.line() + ")" : r.region())
            .distinct()
            .collect(Collectors.joining(", "));
        out.append(shown).append(regions.isEmpty() ? "" : ": " + regions).append('\n');
        out.append(UnifiedDiff.of(shown, change.before(), change.after(), maxDiffLines));
      }
      return out.toString();
    }
  }

  /**
   * Runs the named generators of {@code registry} (all when {@code only} is empty) in the registry's
   * order.
   *
   * @param registry every generator, in the order they run (see {@code io.ebpfdocs.registry.Generators})
   */
  public static Outcome run(DocsSettings settings, List<GeneratorFactory> registry, List<String> only, Mode mode)
      throws DocsException, IOException {
    settings.requireDocsDir();
    for (String name : only) {
      if (registry.stream().noneMatch(factory -> factory.name().equals(name))) {
        throw new IllegalArgumentException("unknown generator " + name);
      }
    }
    Report report = new Report();
    DataFiles data = dataFiles(settings);
    PageStore pages = new PageStore(settings.docsDir(), report);
    List<String> ran = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    for (GeneratorFactory factory : registry) {
      if (!only.isEmpty() && !only.contains(factory.name())) {
        continue;
      }
      Optional<Generator> generator = factory.create(settings, data, report);
      if (generator.isEmpty()) {
        notRun.add(factory.name());
        continue;
      }
      generator.get().generate(pages, report);
      ran.add(factory.name());
    }
    if (only.isEmpty()) {
      DataChecks.run(settings, data, pages, report);
    }
    if (settings.strict() && !report.warnings().isEmpty()) {
      throw new DocsException(report.warnings().size() + " problem(s) in strict mode, nothing written:\n  "
          + report.warnings().stream().map(Warning::toString).collect(Collectors.joining("\n  "))
          + "\nFix them, or run without -Debpfdocs.strict=true to only warn.");
    }
    int written = mode == Mode.WRITE ? pages.writeChanges() : 0;
    return new Outcome(List.copyOf(ran), List.copyOf(notRun), pages.pagesRead(), report.counter("regions"),
        pages.changes(), written, report, settings);
  }

  /** The data folder of the settings, named in messages relative to the root. */
  public static DataFiles dataFiles(DocsSettings settings) {
    return new DataFiles(settings.dataDir(), dataPrefix(settings));
  }

  private static String dataPrefix(DocsSettings settings) {
    return settings.dataDir().startsWith(settings.root())
        ? settings.root().relativize(settings.dataDir()).toString().replace('\\', '/') + "/"
        : settings.dataDir() + "/";
  }
}
