package io.ebpfdocs.serve;

import io.ebpfdocs.data.DataFiles;
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
import java.util.concurrent.CountDownLatch;

/**
 * A page as {@code generate} would write it, computed in memory: every generator whose inputs are
 * present runs on a page store that holds only that page, so nothing is written and a page costs
 * only its own regions.
 */
final class GeneratedPages {
  private final DocsSettings settings;
  private final CountDownLatch firstLoad = new CountDownLatch(1);
  private List<Generator> generators = List.of();

  GeneratedPages(DocsSettings settings) {
    this.settings = settings;
  }

  /** The page's generated text and the warnings about it (damaged markers, say). */
  record Page(String text, List<Warning> warnings) {}

  /**
   * Reads the data again and rebuilds the generators. On bad data the previous generators stay and
   * the error is thrown. Returns the report of building them: warnings (a generator left out, data
   * problems) and notes (the kernel BTF read).
   */
  Report load() throws DocsException, IOException {
    try {
      synchronized (this) {
        Report report = new Report();
        DataFiles data = DocsRun.dataFiles(settings);
        List<Generator> made = new ArrayList<>();
        for (GeneratorFactory factory : Generators.all()) {
          factory.create(settings, data, report).ifPresent(made::add);
        }
        generators = List.copyOf(made);
        return report;
      }
    } finally {
      firstLoad.countDown(); // pages wait for the first load, whatever its outcome
    }
  }

  /** Empty when the page does not exist. Waits for the first {@link #load()}, which may run in another thread. */
  Optional<Page> page(String path) throws DocsException {
    try {
      firstLoad.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocsException("interrupted while the data was read");
    }
    synchronized (this) {
      return generate(path);
    }
  }

  private Optional<Page> generate(String path) throws DocsException {
    Report report = new Report();
    PageStore store = PageStore.limitedTo(settings.docsDir(), report, Set.of(path));
    if (store.read(path).isEmpty()) {
      return Optional.empty();
    }
    for (Generator generator : generators) {
      generator.generate(store, report);
    }
    String shown = settings.displayName(path);
    List<Warning> own = report.warnings().stream().filter(w -> w.file().equals(shown)).toList();
    return Optional.of(new Page(store.read(path).orElseThrow(), own));
  }
}
