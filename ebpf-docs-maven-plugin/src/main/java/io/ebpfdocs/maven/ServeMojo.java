package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.serve.Preview;
import io.ebpfdocs.serve.ServeLog;
import io.ebpfdocs.serve.ServeSettings;
import io.ebpfdocs.site.QuickCompilation;
import io.ebpfdocs.site.SiteSettings;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves a live preview of the site until Ctrl-C: pages rendered on request by the site's renderer,
 * from the text {@code generate} would write (data changes show without running it), reloaded in
 * the browser as docs/ and data/ change, with each page's problems in a banner and in the log.
 * Writes no file.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

  /** The interface to listen on; {@code 0.0.0.0} makes the preview reachable from other machines. */
  @Parameter(property = Options.SERVE_ADDRESS, defaultValue = "127.0.0.1")
  protected String address;

  /** The TCP port (MkDocs' by default). */
  @Parameter(property = Options.SERVE_PORT, defaultValue = "8000")
  protected int port;

  /**
   * Connections read or answered at once, each on a thread of its own (idle ones and live-reload
   * streams hold none); a connection beyond them is closed.
   */
  @Parameter(property = Options.SERVE_THREADS, defaultValue = "256")
  protected int threads;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.serve.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "serve";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    ServeLog log = new ServeLog() {
      @Override
      public void info(String message) {
        getLog().info(message);
      }

      @Override
      public void warn(String message) {
        getLog().warn(message);
      }
    };
    try (QuickCompilation quick = QuickCompilation.start()) {
      Preview preview = Preview.start(settings, () -> siteSettings(settings), serveSettings(), log);
      // Ctrl-C runs the hook: the server and the watcher stop, and this thread returns without a trace.
      Thread stop = new Thread(preview::close, "ebpfdocs-serve-stop");
      Runtime.getRuntime().addShutdownHook(stop);
      preview.awaitClose();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // the hook is what closed the preview
      }
    }
  }

  /** Where the preview listens. */
  ServeSettings serveSettings() {
    return new ServeSettings(address, port, Math.max(1, threads));
  }

  /** What the renderer gets: the site's settings (the preview writes none of its output). */
  SiteSettings siteSettings(DocsSettings settings) throws DocsException, IOException {
    // Not written to: the site settings name BUILD/site as the site's folder.
    return siteSettings(settings, buildFolder(settings).resolve("site"), false, 1);
  }
}
