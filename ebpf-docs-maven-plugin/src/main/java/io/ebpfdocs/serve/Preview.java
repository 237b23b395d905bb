package io.ebpfdocs.serve;

import com.sun.net.httpserver.HttpServer;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running preview: the server, the watcher of docs/, data/ and tools/, the live-reload channel, and a
 * background pass that renders the pages nobody asked for yet (for search and link checks).
 * Writes no file.
 */
public final class Preview implements AutoCloseable {
  /**
   * When the background pass starts: a while after the first page was served (so that it does not
   * slow that page down), or after a longer while when no browser comes.
   */
  private static final long WARM_UP_AFTER_FIRST_PAGE_MILLIS = 2000;
  private static final long WARM_UP_UNASKED_MILLIS = 10_000;
  /**
   * When the data is read if no page asked for it: soon enough to log its warnings right after
   * "Serving", late enough that a browser opened with the command gets its first page first.
   */
  private static final long DATA_UNASKED_MILLIS = 1000;
  private static final long HEARTBEAT_SECONDS = 15;

  private final PreviewSite site;
  private final PreviewData data;
  private final LiveReload live;
  private final PreviewServer server;
  private final DocsWatcher watcher;
  private final ScheduledExecutorService background;
  private final ServeLog log;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean pageServed = new AtomicBoolean();

  /** Reads the site's settings ({@code mkdocs.yml}), logging what it ignores. */
  @FunctionalInterface
  public interface SiteSettingsReader {
    SiteSettings read() throws DocsException, IOException;
  }

  private Preview(DocsSettings docs, SiteSettingsReader siteSettings, ServeSettings serve, ServeLog log)
      throws IOException, DocsException {
    this.log = log;
    docs.requireDocsDir();
    HttpServer http = PreviewServer.bind(serve); // a busy port fails before any work starts
    // The renderer takes longest to build: it starts first, in a thread of its own, and the rest starts
    // meanwhile. The data is read once the first page is served or when something needs it first.
    PreviewData data = PreviewData.unread(docs, log);
    PreviewRenderer renderer = PreviewRenderer.start();
    this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "ebpfdocs-serve-background");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      return thread;
    });
    DocsWatcher watching = null;
    try {
      this.data = data;
      this.site = PreviewSite.open(docs, siteSettings.read(), data, renderer, log);
      this.live = new LiveReload();
      watching = new DocsWatcher(site.watched(), this::changed, log::warn);
      this.server = PreviewServer.start(http, serve.threads(), site, live, log, this::pageServed);
    } catch (DocsException | IOException | RuntimeException e) {
      data.abandon();
      http.stop(0);
      background.shutdownNow();
      if (watching != null) {
        watching.close();
      }
      throw e;
    }
    this.watcher = watching;
    log.info("Serving " + docs.docsDir() + " at " + url() + " (Ctrl-C stops)");
    data.serving();
    background.schedule(data::start, DATA_UNASKED_MILLIS, TimeUnit.MILLISECONDS);
    background.schedule(site::renderAll, WARM_UP_UNASKED_MILLIS, TimeUnit.MILLISECONDS);
    background.scheduleWithFixedDelay(live::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Starts serving and says so in the log; a busy port or a missing docs folder is a {@link DocsException}.
   * The site's settings are read on this thread once the port is bound.
   */
  public static Preview start(DocsSettings docs, SiteSettingsReader site, ServeSettings serve, ServeLog log)
      throws IOException, DocsException {
    return new Preview(docs, site, serve, log);
  }

  public URI url() {
    return server.url();
  }

  private void pageServed() {
    if (!pageServed.getAndSet(true)) {
      data.start();
      background.schedule(site::renderAll, WARM_UP_AFTER_FIRST_PAGE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void changed(Set<Path> paths) {
    try {
      if (site.apply(paths)) {
        background.execute(site::renderAll);
      }
    } catch (IOException e) {
      log.warn("preview: cannot read the docs tree: " + e.getMessage());
    }
    live.changed(site.pageDirs(paths));
  }

  /** Blocks until {@link #close()}, from another thread or a shutdown hook. */
  public void awaitClose() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    watcher.close();
    server.close();
    background.shutdownNow();
    closed.countDown();
  }
}
