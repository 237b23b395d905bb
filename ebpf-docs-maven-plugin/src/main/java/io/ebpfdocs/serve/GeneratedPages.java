package io.ebpfdocs.serve;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.generate.Baseline;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.generate.GeneratorFactory;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page as {@code generate} would write it, computed in memory: every generator whose inputs are
 * present runs on a page store that holds only that page, so nothing is written and a page costs
 * only its own regions.
 */
final class GeneratedPages {
  private final DocsSettings settings;
  /** Guarded by this. */
  private List<Generator> generators = List.of();
  /** What the generators warn about on any page (the data's own problems): listed once, not per page. */
  private volatile Set<Warning> everyPage = Set.of();
  /** The warnings the tree accepts ({@code DATA/ebpfdocs-baseline.txt}): as in {@code check}, not shown. */
  private volatile Baseline baseline = new Baseline(Set.of());

  GeneratedPages(DocsSettings settings) {
    this.settings = settings;
  }

  /**
   * The page's generated text and the warnings it alone gives (damaged markers, a FEATURE_TAG name
   * missing from data/feature-versions.yaml), the data's own being listed for every page.
   */
  record Page(String text, List<Warning> warnings) {}

  /** Blocks until the generators have been built once (they may be built in another thread). */
  @FunctionalInterface
  interface Built {
    void await() throws DocsException;
  }

  /**
   * Reads the data again and rebuilds the generators. On bad data the previous generators stay and
   * the error is thrown. Returns the report of building them and of running them on no page:
   * warnings (a generator left out, data problems, data/*.yaml lines they find) and notes (the
   * kernel BTF read), and the tree's baseline read with them.
   */
  synchronized Loaded load() throws DocsException, IOException {
    Report report = new Report();
    DataFiles data = DocsRun.dataFiles(settings);
    Baseline accepted = Baseline.read(settings.dataDir().resolve(Baseline.FILE));
    List<Generator> made = new ArrayList<>();
    for (GeneratorFactory factory : Generators.all()) {
      factory.create(settings, data, report).ifPresent(made::add);
    }
    PageStore noPage = PageStore.limitedTo(settings.docsDir(), report, Set.of());
    for (Generator generator : made) {
      generator.generate(noPage, report);
    }
    generators = List.copyOf(made);
    everyPage = Set.copyOf(report.warnings());
    baseline = accepted;
    return new Loaded(report, accepted, data.displayName(Baseline.FILE));
  }

  /** What reading the data found, and the baseline (named as the log names it) that accepts some of it. */
  record Loaded(Report report, Baseline baseline, String baselineName) {}

  /**
   * Empty when the page does not exist. A page that no generator may change is returned at once;
   * for one that a generator may change, {@code built} is awaited first.
   */
  Optional<Page> page(String path, Built built) throws DocsException {
    Report report = new Report();
    PageStore store = PageStore.limitedTo(settings.docsDir(), report, Set.of(path));
    Optional<String> text = store.read(path);
    if (text.isPresent() && Generators.mayChange(path, text.get())) {
      built.await();
      synchronized (this) {
        for (Generator generator : generators) {
          generator.generate(store, report);
        }
      }
      text = store.read(path);
    }
    Set<Warning> listed = everyPage;
    Baseline accepted = baseline;
    List<Warning> own = report.warnings().stream().filter(w -> !listed.contains(w) && !accepted.accepts(w)).toList();
    return text.map(generated -> new Page(generated, own));
  }
}
