package io.ebpfdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The push channel of open browsers (server-sent events): one stream per browser, shared by its tabs
 * through a SharedWorker ({@code live-worker.js}), says what changed; each tab then asks for its
 * page's version (at once when its page is among the changed ones, a moment later otherwise) and
 * reloads when it differs. The stream holds no request thread: the
 * handler returns and the watcher writes the events.
 */
final class LiveReload implements AutoCloseable {
  private final Set<HttpExchange> streams = ConcurrentHashMap.newKeySet();

  /** Starts an event stream. */
  void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    if (send(exchange, "retry: 1000\n\n")) {
      streams.add(exchange);
    }
  }

  /**
   * Tells every open browser that something changed: the site folders of the changed pages (a JSON
   * array), whose tabs check at once, or {@code "*"} when any page may have changed.
   */
  void changed(Optional<Set<String>> pageDirs) {
    StringBuilder data = new StringBuilder();
    pageDirs.ifPresentOrElse(dirs -> {
      data.append('[');
      dirs.forEach(dir -> SiteNav.jsonString(dir, data.length() > 1 ? data.append(',') : data));
      data.append(']');
    }, () -> data.append('*'));
    String event = "event: changed\ndata: " + data + "\n\n";
    streams.forEach(stream -> send(stream, event));
  }

  /** A comment line, so that browsers closed without a word are found and forgotten. */
  void heartbeat() {
    streams.forEach(stream -> send(stream, ": keep-alive\n\n"));
  }

  /** False (and the stream dropped) when the browser is gone. */
  private boolean send(HttpExchange stream, String event) {
    try {
      OutputStream out = stream.getResponseBody();
      synchronized (stream) {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      return true;
    } catch (IOException e) {
      end(stream);
      return false;
    }
  }

  private void end(HttpExchange stream) {
    streams.remove(stream);
    stream.close();
  }

  @Override
  public void close() {
    streams.forEach(this::end);
  }
}
