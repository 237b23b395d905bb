package io.ebpfdocs.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Serves a site folder over http on a free local port, as any static server would (a directory URL
 * serves its index.html). Paths starting with one of {@code hidden} answer 404, to test what a page
 * does when a file is missing.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
      "svg", "image/svg+xml", "png", "image/png");
  private final HttpServer server;
  private final Path root;
  private final List<String> hidden;

  StaticServer(Path root, List<String> hidden) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.hidden = List.copyOf(hidden);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  /** The URL of a site path, e.g. "compat/". */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(1);
      Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file) || hidden.stream().anyMatch(path::startsWith)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type",
          TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
