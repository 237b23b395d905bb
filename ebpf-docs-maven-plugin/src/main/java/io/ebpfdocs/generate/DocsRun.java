package io.ebpfdocs.generate;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One pass of generators over a docs tree: data read once, pages read once, every generator run in
 * the fixed order, then either the changed pages written ({@link Mode#WRITE}) or only reported
 * ({@link Mode#CHECK}). In strict mode any warning that the tree's {@link Baseline} does not accept
 * fails the run before anything is written.
 */
public final class DocsRun {
  private DocsRun() {}

  public enum Mode { WRITE, CHECK }

  /**
   * @param ran the generators that ran, in order
   * @param notRun the generators left out because their inputs are absent
   * @param written pages written (always 0 in CHECK mode)
   * @param settings the run's settings, which say how pages are named in messages
   * @param newWarnings the warnings the baseline does not accept (all of them without a baseline)
   * @param baselineNotes what the log says about the baseline: how many warnings it accepted, its
   *     entries no longer produced, whether it was rewritten
   */
  public record Outcome(
      List<String> ran, List<String> notRun, int pagesRead, int regions, List<PageChange> changes,
      int written, Report report, DocsSettings settings, List<Warning> newWarnings, List<String> baselineNotes) {

    /** Every warning of the run, those the baseline accepts included. */
    public List<Warning> warnings() {
      return report.warnings();
    }

    /** One line: what ran and what it did. */
    public String summary(Mode mode) {
      String pages = mode == Mode.WRITE
          ? written + " page" + (written == 1 ? "" : "s") + " written"
          : changes.size() + " stale page" + (changes.size() == 1 ? "" : "s");
      int accepted = warnings().size() - newWarnings.size();
      return pagesRead + " pages read, " + regions + " regions regenerated, " + pages + ", "
          + newWarnings.size() + " warning" + (newWarnings.size() == 1 ? "" : "s")
          + (accepted > 0 ? " (" + accepted + " more accepted by the baseline)" : "")
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
    Report report = new Report(damagedMarkersFail(settings));
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
    Path baselineFile = settings.dataDir().resolve(Baseline.FILE);
    String baselineName = data.displayName(Baseline.FILE);
    List<String> baselineNotes = new ArrayList<>();
    List<Warning> newWarnings;
    if (settings.option(Options.BASELINE_UPDATE).map(Boolean::parseBoolean).orElse(false)) {
      if (!only.isEmpty()) {
        throw new DocsException("-D" + Options.BASELINE_UPDATE + "=true needs every generator: run it with ebpfdocs:check or ebpfdocs:generate");
      }
      boolean changed = Baseline.write(baselineFile, report.warnings());
      baselineNotes.add(baselineName + (changed ? " written: " : " unchanged: ") + report.warnings().size() + " accepted warning(s)");
      newWarnings = List.of();
    } else {
      Baseline baseline = Baseline.read(baselineFile);
      newWarnings = baseline.unaccepted(report.warnings());
      baselineNotes.addAll(baselineNotes(baseline, baselineName, report.warnings(), newWarnings, only.isEmpty()));
    }
    if (settings.strict() && !newWarnings.isEmpty()) {
      throw new DocsException(newWarnings.size() + " problem(s) in strict mode, nothing written:\n  "
          + newWarnings.stream().map(Warning::toString).collect(Collectors.joining("\n  "))
          + "\nFix them, accept them in " + baselineName + " (-D" + Options.BASELINE_UPDATE + "=true writes it),"
          + " or run without -D" + Options.STRICT + "=true to only warn.");
    }
    int written = mode == Mode.WRITE ? pages.writeChanges() : 0;
    return new Outcome(List.copyOf(ran), List.copyOf(notRun), pages.pagesRead(), report.counter("regions"),
        pages.changes(), written, report, settings, newWarnings, List.copyOf(baselineNotes));
  }

  /** How many warnings the baseline accepted and, after a run of every generator, which of its entries are gone. */
  private static List<String> baselineNotes(Baseline baseline, String name, List<Warning> all, List<Warning> fresh,
      boolean everyGenerator) {
    List<String> notes = new ArrayList<>();
    if (all.size() > fresh.size()) {
      notes.add((all.size() - fresh.size()) + " warning(s) accepted by " + name);
    }
    List<String> unused = everyGenerator ? baseline.unused(all) : List.of();
    if (!unused.isEmpty()) {
      notes.add(unused.size() + " entr" + (unused.size() == 1 ? "y" : "ies") + " of " + name
          + " no longer produced (-D" + Options.BASELINE_UPDATE + "=true rewrites it):\n  " + String.join("\n  ", unused));
    }
    return notes;
  }

  /** Whether a start marker whose region cannot be found fails the run ({@code fail}, the default) or warns. */
  private static boolean damagedMarkersFail(DocsSettings settings) throws DocsException {
    String value = settings.option(Options.CHECK_DAMAGED).orElse("fail");
    return switch (value) {
      case "fail" -> true;
      case "warn" -> false;
      default -> throw new DocsException("-D" + Options.CHECK_DAMAGED + "=" + value + " is not valid; use fail or warn");
    };
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
