package io.ebpfdocs.serve;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The data and the generators' inputs as the preview shows them. Reading them takes longest of the
 * start, and a first page without markers needs none of it: the first read runs in a thread of its
 * own, started by whatever needs it first (a page a generator may change, a tab asking whether its
 * page is current) or once the first page has been served, so that on two cores it does not slow
 * that page down. A page is served with the warnings known so far; the version an open tab asks
 * for waits for the first read, so a tab whose banner lacks the data's warnings reloads. What the
 * first read found is logged once the preview has said that it serves, so the log reads in the same
 * order every time. A change reads the data again at once.
 */
final class PreviewData {
  private final GeneratedPages generated;
  private final ServeLog log;
  private final Thread firstReader;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch serving = new CountDownLatch(1);
  private final CountDownLatch firstRead = new CountDownLatch(1);
  /** The error of the last read, null when it succeeded; the preview keeps the data it read before. */
  private volatile String problem;
  /** The warnings of reading the data and building the generators: every page shows them. */
  private volatile List<String> warnings = List.of();
  /** How many warnings of the last read the tree's baseline accepted. */
  private int accepted;

  /** What one read found: the report, or the error that stopped it. */
  private record Read(GeneratedPages.Loaded loaded, String error) {}

  private PreviewData(DocsSettings settings, ServeLog log) {
    this.generated = new GeneratedPages(settings);
    this.log = log;
    this.firstReader = new Thread(this::readFirst, "ebpfdocs-serve-data");
    firstReader.setDaemon(true);
  }

  /** The data, not read yet: {@link #start()} or the first use reads it. */
  static PreviewData unread(DocsSettings settings, ServeLog log) {
    return new PreviewData(settings, log);
  }

  /** Starts the first read unless it has started. */
  void start() {
    if (!started.getAndSet(true)) {
      firstReader.start();
    }
  }

  /** The preview serves: what the first read found may be logged now. */
  void serving() {
    serving.countDown();
  }

  /** The preview did not start: the first read ends without logging. */
  void abandon() {
    firstReader.interrupt();
  }

  /** Reads the data again after a change, and logs what changed in its warnings. */
  void reread() {
    take(read());
  }

  /** A page as {@code generate} would write it; empty when it does not exist. */
  Optional<GeneratedPages.Page> page(String path) throws DocsException {
    return generated.page(path, () -> {
      if (!awaitFirstRead()) {
        throw new DocsException("interrupted while the data was read");
      }
    });
  }

  /** Waits until the first read is done (and starts it if needed); false when interrupted. */
  boolean awaitFirstRead() {
    start();
    try {
      firstRead.await();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Why the last read failed, if it did; nothing before the first read is done. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The warnings of the last read that succeeded; none before the first read is done. */
  List<String> warnings() {
    return warnings;
  }

  private void readFirst() {
    try {
      Read read = read();
      serving.await();
      take(read);
    } catch (InterruptedException abandoned) {
      // the preview did not start: nothing to log
    } finally {
      firstRead.countDown();
    }
  }

  private Read read() {
    try {
      return new Read(generated.load(), null);
    } catch (DocsException | IOException | UncheckedIOException e) {
      return new Read(null, e.getMessage() + " (the preview keeps the data it read last)");
    }
  }

  /** Logs what a read found and keeps it for the pages' banners. */
  private synchronized void take(Read read) {
    if (read.error() != null) {
      problem = read.error();
      log.warn(problem);
      return;
    }
    Report report = read.loaded().report();
    report.notes().forEach(log::info);
    List<String> found = read.loaded().baseline().unaccepted(report.warnings()).stream().map(Warning::toString).toList();
    int nowAccepted = report.warnings().size() - found.size();
    if (!found.equals(warnings) || nowAccepted != accepted) {
      if (nowAccepted > 0) {
        log.info(nowAccepted + " warning(s) accepted by " + read.loaded().baselineName() + " (not shown)");
      }
      if (!found.isEmpty()) {
        log.info("Generated regions: " + found.size() + " warning(s) about the data or the generators' inputs"
            + " (and on every page):");
        found.forEach(log::warn);
      }
    }
    warnings = found;
    accepted = nowAccepted;
    if (problem != null) {
      log.info("The data reads again without errors");
    }
    problem = null;
  }
}
