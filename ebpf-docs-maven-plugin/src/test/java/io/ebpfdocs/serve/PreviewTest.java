package io.ebpfdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.generate.Baseline;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {
  private static final String XDP = "linux/program-type/BPF_PROG_TYPE_XDP";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path root;
  DocsTree tree;
  Preview preview;
  final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws Exception {
    tree = new DocsTree(root)
        .page("SUMMARY.md", "* [Home](index.md)\n* [XDP](" + XDP + ".md)\n")
        .page("index.md", "# Home\n\nSee [XDP](" + XDP + ".md#helpers).\n")
        .page(XDP + ".md", "---\ntitle: XDP\n---\n# XDP\n\n<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\nstale\n"
            + "<!-- [/FEATURE_TAG] -->\n\n## Helpers\n\nNone yet.\n")
        .page("img/a.png", "png")
        .data("feature-versions.yaml", versions("v4.8"));
    preview = start(0);
  }

  private Preview start(int port) throws Exception {
    return start(DocsSettings.forRoot(root), port);
  }

  private Preview start(DocsSettings settings, int port) throws Exception {
    return Preview.start(settings, () -> site(root.resolve("target/site")),
        new ServeSettings("127.0.0.1", port, 128), warningsTo(warnings));
  }

  private static ServeLog warningsTo(List<String> list) {
    return new ServeLog() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        list.add(message);
      }
    };
  }

  private SiteSettings site(Path output) {
    return new SiteSettings(root.resolve("docs"), output, "Test Docs", "", "", false, 1);
  }

  private static String versions(String xdp) {
    return "- name: program_types\n  features:\n    - name: BPF_PROG_TYPE_XDP\n      version: " + xdp
        + "\n      commit: 6a773a15a1e8874e5eccd2f29190c31085912c95\n";
  }

  @AfterEach
  void stop() {
    if (preview != null) {
      preview.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(preview.url().resolve(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFaviconIsServedAtTheRoot() throws Exception {
    HttpResponse<byte[]> icon = HTTP.send(HttpRequest.newBuilder(preview.url().resolve("favicon.ico")).timeout(WAIT)
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, icon.statusCode());
    assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
    assertTrue(icon.body().length > 100 && icon.body()[1] == 'P', "our PNG icon without theme.favicon");
  }

  /** Sends the request line exactly as written (a client library would normalise it) and returns the status. */
  private int raw(String method, String target) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", preview.url().getPort())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  private static String version(String html) {
    Matcher m = Pattern.compile("version:\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), "live script with a version");
    return m.group(1);
  }

  /**
   * An open page as live.js holds it: the browser's event stream, and a version check on each
   * change; {@link #awaitReload()} waits until the check finds another version.
   */
  private final class OpenPage implements AutoCloseable {
    private final String dir;
    private final Socket socket;
    private final BufferedReader in;
    private String version;

    OpenPage(String dir) throws Exception {
      this.dir = dir;
      version = version(get(dir).body());
      socket = new Socket("127.0.0.1", preview.url().getPort());
      socket.setSoTimeout((int) WAIT.toMillis());
      socket.getOutputStream().write("GET /__ebpfdocs/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertTrue(in.readLine().contains(" 200 "));
    }

    void awaitReload() throws Exception {
      while (!reloads()) {
        awaitChange();
      }
    }

    /** The check live.js makes: true (and the new version kept) when the page would reload. */
    private boolean reloads() throws Exception {
      String now = get("/__ebpfdocs/version?page=" + dir.substring(1)).body();
      boolean changed = !now.equals(version);
      version = now;
      return changed;
    }

    /** The next change event's data: the changed pages' folders, or "*". */
    String awaitChange() throws Exception {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.equals("event: changed")) {
          return in.readLine().substring("data: ".length());
        }
      }
      throw new AssertionError("stream ended without a change event");
    }

    /**
     * Waits for reloads until {@code dir} serves a page containing {@code text}: a file written in
     * place (truncated, then filled) can reach the watcher as two changes, each with its reload.
     */
    void awaitReloadShowing(String text) throws Exception {
      do {
        awaitReload();
      } while (!get(dir).body().contains(text));
    }

    @Override
    public void close() throws Exception {
      socket.close();
    }
  }

  @Test
  void servesGeneratedRegionsWithoutWritingAnything() throws Exception {
    Map<String, String> before = tree.snapshot();
    HttpResponse<String> page = get("/" + XDP + "/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("v4.8"), "the badge generate would write");
    assertFalse(page.body().contains("stale"));
    assertTrue(page.body().contains("/__ebpfdocs/live.js"));
    assertEquals(200, get("/assets/ebpfdocs/nav.js").statusCode());
    assertEquals(200, get("/assets/ebpfdocs/site.css").statusCode());
    assertEquals("png", get("/img/a.png").body());
    assertTrue(get("/assets/ebpfdocs/search_index.js").body().contains("\"" + XDP + "/\""));
    assertEquals(301, get("/" + XDP).statusCode(), "a page folder without its slash redirects");
    assertEquals(200, get("/compat/").statusCode(), "the site's own explorer page");
    assertTrue(get("/api/v1/features.json").body().contains("BPF_PROG_TYPE_XDP"), "the API the explorer reads");
    assertEquals(404, get("/api/v1/nothing.json").statusCode());
    assertEquals(before, tree.snapshot(), "nothing written, nothing created");
  }

  @Test
  void pagesAreTheStaticSitesPlusOnlyTheLiveScript() throws Exception {
    Path out = root.resolve("static");
    new SiteBuilder(site(out), new MarkdownRenderer(), line -> { }).build();
    String served = get("/").body();
    String written = Files.readString(out.resolve("index.html"));
    assertEquals(written, served.replaceFirst("<script>window.__ebpfdocsLive=.*?</script><script src=\"/__ebpfdocs/live.js\"></script>", ""));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__ebpfdocs/"), file + " has no live script");
      }
    }
  }

  @Test
  void refusesTraversalAndFilesOutsideTheSite() throws Exception {
    Files.writeString(root.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("docs/leak.txt"), root.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("docs/outside"), root.resolve("data"));
    Thread.sleep(200); // let the watcher take the links in
    for (String target : List.of("/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
        "/img/..%2f..%2fsecret.txt", "/img%2fa.png", "//etc/passwd", "/..%5csecret.txt", "/leak.txt",
        "/outside/feature-versions.yaml", "/index.md", "/SUMMARY.md", "/img/%ff.png", "http://localhost/../secret.txt")) {
      int status = raw("GET", target);
      assertEquals(404, status, target);
    }
    assertEquals(200, raw("GET", "/img/a.png"), "the same server does serve site files");
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE")) {
      assertEquals(405, raw(method, "/"), method);
    }
    HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(preview.url()).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void busyPortNamesThePortAndTheProperty() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      DocsException e = assertThrows(DocsException.class, () -> start(taken.getLocalPort()));
      assertTrue(e.getMessage().contains("port " + taken.getLocalPort()), e.getMessage());
      assertTrue(e.getMessage().contains("-Debpfdocs.serve.port="), e.getMessage());
    }
  }

  @Test
  void aPageThatFailsToRenderShowsTheErrorAndTheServerGoesOn() throws Exception {
    try (OpenPage open = new OpenPage("/")) {
      tree.page("index.md", "---\ntitle: [unclosed\n---\n# Home\n");
      open.awaitReload();
    }
    String page = get("/").body();
    assertTrue(page.contains("This page cannot be rendered"), page);
    assertTrue(page.contains("front matter is not valid YAML"), page);
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith("docs/index.md:") && w.contains("front matter")), warnings::toString);
    assertEquals(200, get("/" + XDP + "/").statusCode(), "other pages still served");
  }

  @Test
  void anEditReloadsTheOpenPageWithItsProblems() throws Exception {
    try (OpenPage open = new OpenPage("/")) {
      tree.page("index.md", "# Home\n\nNew text. See [nowhere](missing.md) and [XDP](" + XDP + ".md#nope).\n");
      open.awaitReloadShowing("New text.");
    }
    String page = get("/").body();
    assertTrue(page.contains("New text."));
    assertTrue(page.contains("docs/index.md:3: link 'missing.md' points to missing page docs/missing.md"), page);
    assertTrue(warnings.contains("docs/index.md:3: link '" + XDP + ".md#nope': no anchor '#nope' in docs/" + XDP + ".md"),
        warnings::toString);
  }

  @Test
  void aDamagedMarkerIsReportedWithItsLine() throws Exception {
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      tree.page(XDP + ".md", "# XDP\n\n<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\nno stop marker\n");
      open.awaitReload();
    }
    String expected = "docs/" + XDP + ".md:3: FEATURE_TAG start marker without a stop marker; left as it is";
    assertTrue(warnings.contains(expected), warnings::toString);
    assertTrue(get("/" + XDP + "/").body().contains(expected), "and in the page's banner");
  }

  @Test
  void deletingAnOpenPageReloadsItIntoNotFound() throws Exception {
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      Files.delete(root.resolve("docs/" + XDP + ".md"));
      open.awaitReload();
    }
    assertEquals(404, get("/" + XDP + "/").statusCode());
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      tree.page(XDP + ".md", "# XDP is back\n");
      open.awaitReloadShowing("XDP is back");
    }
    assertTrue(get("/" + XDP + "/").body().contains("XDP is back"));
  }

  @Test
  void aDataChangeRegeneratesTheRegionsInMemory() throws Exception {
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      tree.data("feature-versions.yaml", versions("v4.9"));
      open.awaitReloadShowing("v4.9");
    }
    assertTrue(get("/" + XDP + "/").body().contains("v4.9"));
    assertTrue(tree.page(XDP + ".md").contains("stale"), "the page on disk is left alone");
  }

  @Test
  void aNavigationChangeReloadsEveryOpenPage() throws Exception {
    try (OpenPage open = new OpenPage("/")) {
      tree.page("more.md", "# More\n").page("SUMMARY.md", "* [Home](index.md)\n* [XDP](" + XDP + ".md)\n* [More](more.md)\n");
      open.awaitReload();
    }
    assertTrue(get("/assets/ebpfdocs/nav.js").body().contains("\"more/\""));
  }

  @Test
  void silentAndSlowConnectionsDoNotHoldUpOthers() throws Exception {
    List<Socket> silent = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) { // a browser's pre-connects: open, send nothing
        silent.add(new Socket("127.0.0.1", preview.url().getPort()));
      }
      for (int i = 0; i < 8; i++) { // slow clients: half a request, then nothing
        Socket socket = new Socket("127.0.0.1", preview.url().getPort());
        OutputStream out = socket.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        silent.add(socket);
      }
      try (OpenPage a = new OpenPage("/"); OpenPage b = new OpenPage("/" + XDP + "/")) {
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(preview.url()).timeout(Duration.ofSeconds(1))
              .build(), HttpResponse.BodyHandlers.ofString());
          assertEquals(200, page.statusCode(), "silent sockets and event streams hold no thread a request needs");
        }
      }
    } finally {
      for (Socket socket : silent) {
        socket.close();
      }
    }
  }

  @Test
  void eachWarningAboutTheGeneratorsInputsIsLoggedAndOnEveryPage() throws Exception {
    preview.close();
    tree.page("linux/helper-function/bpf_demo.md", "# bpf_demo\n\n<!-- [HELPER_FUNC_DEF] -->\nold\n<!-- [/HELPER_FUNC_DEF] -->\n");
    Files.createDirectories(root.resolve("empty-cache"));
    preview = start(DocsSettings.forRoot(root).withOption(Options.LIBBPF_CACHE, root.resolve("empty-cache").toString()), 0);
    get("/__ebpfdocs/version?page="); // answered once the data is read
    String page = get("/").body();
    String notRun = warnings.stream().filter(w -> w.startsWith("scrape-helper-defs not run: ")).findFirst()
        .orElseThrow(() -> new AssertionError("the warning itself is logged, not a count: " + warnings));
    assertTrue(page.contains(notRun.substring(0, 60)), "and listed in the page's banner");
  }

  /** The first page needs no data: the data is read once something asks for it, not before. */
  @Test
  void theDataIsReadOnlyWhenSomethingNeedsIt() throws Exception {
    preview.close();
    tree.data("feature-versions.yaml", versions("v4.8.0")); // not vMAJOR.MINOR: a warning once read
    PreviewData warm = PreviewData.unread(DocsSettings.forRoot(root), warningsTo(new ArrayList<>()));
    warm.serving();
    assertTrue(warm.awaitFirstRead()); // the reading code is loaded: a read of this tree now takes milliseconds
    List<String> logged = Collections.synchronizedList(new ArrayList<>()); // not the closed preview's
    PreviewData data = PreviewData.unread(DocsSettings.forRoot(root), warningsTo(logged));
    data.serving();
    Thread.sleep(200);
    assertTrue(logged.isEmpty(), "nothing read before it is asked for: " + logged);
    assertTrue(data.awaitFirstRead());
    assertTrue(logged.stream().anyMatch(w -> w.contains("v4.8.0")), "read when asked: " + logged);
  }

  /** The data gets a version that is not vMAJOR.MINOR, the page a tag the data lacks: a warning each. */
  private void warnAboutTheDataAndThePage(OpenPage open) throws Exception {
    tree.page(XDP + ".md", "# XDP\n\n<!-- [FEATURE_TAG](BPF_NOWHERE) -->\n<!-- [/FEATURE_TAG] -->\n")
        .data("feature-versions.yaml", versions("v4.8.0"));
    open.awaitReloadShowing("tagged 'unknown'");
  }

  @Test
  void warningsThatNameADataFileAreLoggedOnceAndInTheBanner() throws Exception {
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      warnAboutTheDataAndThePage(open);
    }
    String xdp = get("/" + XDP + "/").body();
    String home = get("/").body();
    List<String> version = warnings.stream()
        .filter(w -> w.startsWith("data/feature-versions.yaml:") && w.contains("version 'v4.8.0'")).toList();
    assertEquals(1, version.size(), "the data's own, logged once: " + warnings);
    assertTrue(xdp.contains(version.get(0)) && home.contains(version.get(0)), "the data's own, on every page");
    String unknown = "data/feature-versions.yaml: FEATURE_TAG names missing from the data, tagged 'unknown': "
        + "BPF_NOWHERE (docs/" + XDP + ".md:3)";
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith(unknown)), "the page's, logged with it: " + warnings);
    assertTrue(xdp.contains(unknown) && !home.contains("BPF_NOWHERE"), "the page's, on that page only");
    assertFalse(warnings.stream().anyMatch(w -> w.contains("without a page")), "the preview sees one page at a time");
  }

  @Test
  void warningsTheTreesBaselineAcceptsAreNeitherLoggedNorShown() throws Exception {
    try (OpenPage open = new OpenPage("/" + XDP + "/")) {
      warnAboutTheDataAndThePage(open);
      List<String> found = List.copyOf(warnings);
      assertEquals(2, found.size(), "the data's own and the page's: " + found);
      warnings.clear();
      // As -Debpfdocs.baseline.update=true writes them: each warning without its line numbers.
      tree.data(Baseline.FILE, found.stream().map(w -> w.replaceAll("(\\.[A-Za-z]+):\\d+\\b", "$1") + "\n")
          .collect(Collectors.joining()));
      open.awaitReload();
    }
    String xdp = get("/" + XDP + "/").body();
    assertFalse(xdp.contains("tagged 'unknown'") || xdp.contains("version 'v4.8.0'"), "accepted, not shown");
    assertEquals(List.of(), warnings, "accepted, not listed again");
  }

  @Test
  void aChangeSaysWhichPagesChangedOrThatAnyMayHave() throws Exception {
    try (OpenPage open = new OpenPage("/")) {
      tree.page(XDP + ".md", "# XDP\n\nEdited.\n");
      assertEquals("[\"" + XDP + "/\"]", open.awaitChange(), "an edited page: its tab checks at once");
      tree.page("SUMMARY.md", "* [XDP](" + XDP + ".md)\n* [Home](index.md)\n");
      String navigation;
      do {
        navigation = open.awaitChange();
      } while (!navigation.equals("*") && navigation.contains(XDP)); // the page's write may arrive as two changes
      assertEquals("*", navigation, "the navigation: every page may differ");
    }
  }
}
