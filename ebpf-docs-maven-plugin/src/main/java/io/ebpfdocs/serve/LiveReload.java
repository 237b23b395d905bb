package io.ebpfdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The push channel of open pages (server-sent events). A page subscribes with the version it was
 * served with; whenever its version differs from the current one (its page, problems, navigation or
 * assets changed, or it was deleted) it gets a {@code reload} event. Subscribing returns at once,
 * so open pages hold no request thread.
 */
final class LiveReload implements AutoCloseable {
  /** An open page. */
  private record Subscriber(String dir, String version, HttpExchange exchange) {}

  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final Function<String, String> currentVersion;

  /** @param currentVersion the version of what is served at a site folder now */
  LiveReload(Function<String, String> currentVersion) {
    this.currentVersion = currentVersion;
  }

  /** Starts the event stream; a page that is already out of date is told at once. */
  void subscribe(HttpExchange exchange, String dir, String version) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    Subscriber subscriber = new Subscriber(dir, version, exchange);
    if (send(subscriber, "retry: 1000\n\n")) {
      subscribers.add(subscriber);
      notifyIfChanged(subscriber);
    }
  }

  /** Tells every open page whose version changed to reload. */
  void changed() {
    subscribers.forEach(this::notifyIfChanged);
  }

  /** A comment line, so that pages closed without a word are found and forgotten. */
  void heartbeat() {
    subscribers.forEach(s -> send(s, ": keep-alive\n\n"));
  }

  private void notifyIfChanged(Subscriber subscriber) {
    if (!currentVersion.apply(subscriber.dir()).equals(subscriber.version())) {
      send(subscriber, "event: reload\ndata: " + subscriber.dir().replace('\n', ' ') + "\n\n");
      end(subscriber);
    }
  }

  /** False (and the subscriber dropped) when the page is gone. */
  private boolean send(Subscriber subscriber, String event) {
    try {
      OutputStream out = subscriber.exchange().getResponseBody();
      synchronized (subscriber) {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      return true;
    } catch (IOException e) {
      end(subscriber);
      return false;
    }
  }

  private void end(Subscriber subscriber) {
    subscribers.remove(subscriber);
    subscriber.exchange().close();
  }

  @Override
  public void close() {
    subscribers.forEach(this::end);
  }
}
