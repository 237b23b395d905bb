package io.ebpfdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import io.ebpfdocs.site.SiteAssets;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the preview, on the JDK's own server: GET and HEAD of site files only. Each
 * connection that is sending or awaiting its answer gets a thread of its own (the JDK server reads
 * a new connection's request on the executor, so a fixed pool would be held by silent sockets);
 * idle keep-alive connections and event streams hold none. Threads are bounded; a connection beyond
 * the bound is closed.
 */
final class PreviewServer implements AutoCloseable {
  /**
   * JDK server settings (JVM-wide, read once): seconds a client may take to send its request before
   * it is dropped; and TCP_NODELAY, without which a response written in two parts waits out the
   * client's delayed acknowledgement (40 ms on Linux) on every request.
   */
  private static final Map<String, String> JDK_SERVER_SETTINGS = Map.of(
      "sun.net.httpserver.maxReqTime", "10", "sun.net.httpserver.nodelay", "true");
  /** Idle request threads end after this; a burst of connections leaves nothing behind. */
  private static final long IDLE_THREAD_SECONDS = 5;
  private static final String API = ApiFiles.SITE_FOLDER + "/";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"), Map.entry("yaml", "text/plain; charset=utf-8"));

  private final PreviewSite site;
  private final LiveReload live;
  private final ServeLog log;
  private final Map<String, byte[]> bundled = new HashMap<>();
  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Runnable pageServed;

  private PreviewServer(PreviewSite site, LiveReload live, ServeLog log, HttpServer server, ThreadPoolExecutor pool,
      Runnable pageServed) throws IOException {
    this.site = site;
    this.pageServed = pageServed;
    this.live = live;
    this.log = log;
    this.server = server;
    this.pool = pool;
    for (String asset : SiteAssets.BUNDLED) {
      bundled.put(SiteAssets.DIR + asset, SiteAssets.bundled(asset).getBytes(StandardCharsets.UTF_8));
    }
    bundled.put(PreviewSite.LIVE_SCRIPT, BundledResources.bytes(PreviewServer.class, "live.js"));
    bundled.put(PreviewSite.LIVE_WORKER, BundledResources.bytes(PreviewServer.class, "live-worker.js"));
  }

  /** Binds the port; a busy one is a {@link DocsException} naming the property that changes it. */
  static HttpServer bind(ServeSettings settings) throws IOException, DocsException {
    JDK_SERVER_SETTINGS.forEach((property, value) -> {
      if (System.getProperty(property) == null) {
        System.setProperty(property, value);
      }
    });
    try {
      return HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
    } catch (BindException e) {
      throw new DocsException("port " + settings.port() + " on " + settings.address() + " is in use (" + e.getMessage()
          + "); stop the server that holds it or choose another port with -D" + Options.SERVE_PORT + "="
          + (settings.port() == 65535 ? 8001 : settings.port() + 1));
    }
  }

  /**
   * Starts answering on a bound server with at most {@code connections} connections read or
   * answered at once, each on its own thread (no queue: one waiting would wait behind a silent
   * socket); the server closes a connection the executor refuses.
   */
  static PreviewServer start(HttpServer server, int connections, PreviewSite site, LiveReload live, ServeLog log,
      Runnable pageServed) throws IOException {
    AtomicInteger threadNumber = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, connections, IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "ebpfdocs-serve-" + threadNumber.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    PreviewServer preview = new PreviewServer(site, live, log, server, pool, pageServed);
    server.setExecutor(pool);
    server.createContext("/", preview::handle);
    server.start();
    return preview;
  }

  URI url() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<String> path = RequestPath.parse(exchange.getRequestURI().getRawPath());
      if (path.isEmpty()) {
        respond(exchange, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.get().equals(PreviewSite.EVENTS) && method.equals("GET")) {
        live.subscribe(exchange);
        return; // the stream stays open; LiveReload ends it
      }
      if (path.get().equals(PreviewSite.VERSION)) {
        String dir = query(exchange.getRequestURI().getRawQuery()).getOrDefault("page", "");
        respond(exchange, 200, TYPES.get("txt"), site.version(dir).getBytes(StandardCharsets.UTF_8));
        return;
      }
      serve(exchange, path.get());
    } catch (IOException e) {
      exchange.close(); // the client went away
    } catch (RuntimeException e) {
      log.warn("preview: " + exchange.getRequestURI() + " failed: " + e);
      respond(exchange, 500, TYPES.get("txt"), ("internal error: " + e + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private void serve(HttpExchange exchange, String path) throws IOException {
    byte[] bundledFile = bundled.get(path);
    if (bundledFile != null) {
      respond(exchange, 200, type(path), bundledFile);
    } else if (path.equals(SiteAssets.NAV_SCRIPT)) {
      respond(exchange, 200, TYPES.get("js"), site.navScript().getBytes(StandardCharsets.UTF_8));
    } else if (path.equals(SiteAssets.SEARCH_SCRIPT)) {
      respond(exchange, 200, TYPES.get("js"), site.searchScript().getBytes(StandardCharsets.UTF_8));
    } else if (path.isEmpty() || path.endsWith("/") || path.equals("index.html") || path.endsWith("/index.html")) {
      page(exchange, path.substring(0, path.length() - (path.endsWith("index.html") ? "index.html".length() : 0)));
    } else if (path.startsWith(API)) {
      Optional<String> file = site.apiFile(path.substring(API.length()));
      if (file.isPresent()) {
        respond(exchange, 200, type(path), file.get().getBytes(StandardCharsets.UTF_8));
      } else {
        respond(exchange, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Optional<Path> file = site.file(path);
      if (file.isPresent()) {
        respond(exchange, 200, type(path), Files.readAllBytes(file.get()));
      } else if (path.equals(SiteAssets.FAVICON)) {
        respond(exchange, 200, type(path), site.favicon());
      } else if (site.pageAt(path + "/").isPresent()) {
        exchange.getResponseHeaders().set("Location", "/" + encode(path) + "/");
        respond(exchange, 301, TYPES.get("txt"), new byte[0]);
      } else {
        page(exchange, path + "/");
      }
    }
  }

  private void page(HttpExchange exchange, String dir) throws IOException {
    PreviewSite.View view = site.view(dir);
    respond(exchange, view.status(), TYPES.get("html"), view.html().getBytes(StandardCharsets.UTF_8));
    pageServed.run();
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static String type(String path) {
    String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static String encode(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  @Override
  public void close() {
    live.close();
    server.stop(0);
    pool.shutdownNow();
  }
}
