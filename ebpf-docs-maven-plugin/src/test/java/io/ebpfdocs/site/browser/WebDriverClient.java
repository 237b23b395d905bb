package io.ebpfdocs.site.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A minimal W3C WebDriver client over HTTP for chromedriver: enough to open pages, find, click and
 * type, run scripts and take screenshots. Lighter than Selenium's dependency tree for five checks.
 */
public final class WebDriverClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** W3C key for a DOM element reference in JSON. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

  private final Process driver;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String session;

  /** Headless Chromium with a fresh profile; the calling test is skipped when chromium or chromedriver is missing. */
  public static WebDriverClient launchOrSkip() throws Exception {
    Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
    Optional<Path> driver = onPath("chromedriver");
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "chromium/chromedriver not installed (apt-get install -y chromium chromium-driver); skipping browser test");
    return new WebDriverClient(driver.get(), chromium.get(), Files.createTempDirectory("chromium-profile"));
  }

  private static Optional<Path> onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
  }

  WebDriverClient(Path chromedriver, Path chromium, Path profile) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true)
        .redirectOutput(Files.createTempFile("chromedriver", ".log").toFile()).start();
    base = "http://127.0.0.1:" + port;
    waitReady();
    List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000");
    Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch", Map.of("browserName", "chrome",
        "goog:chromeOptions", Map.of("binary", chromium.toString(), "args", args))));
    session = call("POST", "/session", caps).get("sessionId").asText();
  }

  private void waitReady() throws Exception {
    long deadline = System.currentTimeMillis() + 15_000;
    while (true) {
      try {
        if (call("GET", "/status", null).path("ready").asBoolean()) {
          return;
        }
      } catch (IOException notYet) {
        if (System.currentTimeMillis() > deadline) {
          throw notYet;
        }
      }
      Thread.sleep(100);
    }
  }

  private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode value = JSON.readTree(response.body()).path("value");
    if (response.statusCode() >= 400) {
      throw new IOException("WebDriver " + method + " " + path + ": " + value.path("message").asText());
    }
    return value;
  }

  private String sessionPath(String rest) {
    return "/session/" + session + rest;
  }

  public void open(String url) throws Exception {
    call("POST", sessionPath("/url"), Map.of("url", url));
  }

  String currentTab() throws Exception {
    return call("GET", sessionPath("/window"), null).asText();
  }

  /** The browser's Back (or Forward) button. */
  void back() throws Exception {
    call("POST", sessionPath("/back"), Map.of());
  }

  void forward() throws Exception {
    call("POST", sessionPath("/forward"), Map.of());
  }

  /** Opens a new tab and makes it the current one; returns its handle. */
  public String newTab() throws Exception {
    String handle = call("POST", sessionPath("/window/new"), Map.of("type", "tab")).get("handle").asText();
    switchTo(handle);
    return handle;
  }

  void switchTo(String handle) throws Exception {
    call("POST", sessionPath("/window"), Map.of("handle", handle));
  }

  /** Closes the current tab; switch to another one before the next command. */
  void closeTab() throws Exception {
    call("DELETE", sessionPath("/window"), null);
  }

  /** How long {@link #open} waits for a page to load before it fails. */
  public void pageLoadTimeout(Duration timeout) throws Exception {
    call("POST", sessionPath("/timeouts"), Map.of("pageLoad", timeout.toMillis()));
  }

  String find(String css) throws Exception {
    JsonNode found = call("POST", sessionPath("/element"), Map.of("using", "css selector", "value", css));
    if (!found.has(ELEMENT)) {
      throw new IOException("no element reference for " + css + ": " + found);
    }
    return found.get(ELEMENT).asText();
  }

  /** The element that has the keyboard focus. */
  String active() throws Exception {
    return call("GET", sessionPath("/element/active"), null).get(ELEMENT).asText();
  }

  void click(String element) throws Exception {
    call("POST", sessionPath("/element/" + element + "/click"), Map.of());
  }

  void type(String element, String text) throws Exception {
    call("POST", sessionPath("/element/" + element + "/value"), Map.of("text", text));
  }

  /** Runs a script; {@code arguments[i]} are the given element ids as DOM elements. */
  public JsonNode script(String script, String... elements) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    for (String element : elements) {
      body.withArray("args").addObject().put(ELEMENT, element);
    }
    body.withArray("args");
    return call("POST", sessionPath("/execute/sync"), body);
  }

  /**
   * Runs the script in every document the current tab loads from now on, before the page's own
   * scripts (Chrome DevTools' Page.addScriptToEvaluateOnNewDocument, through chromedriver).
   */
  void beforeEachDocument(String script) throws Exception {
    call("POST", sessionPath("/goog/cdp/execute"),
        Map.of("cmd", "Page.addScriptToEvaluateOnNewDocument", "params", Map.of("source", script)));
  }

  /** Polls a boolean script until true or the timeout passes; returns its last value. */
  public boolean waitFor(String script, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!script(script).asBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  void screenshot(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(call("GET", sessionPath("/screenshot"), null).asText()));
  }

  @Override
  public void close() {
    try {
      call("DELETE", sessionPath(""), null);
    } catch (Exception ignored) {
      // the driver is stopped below anyway
    }
    driver.destroy();
  }
}
