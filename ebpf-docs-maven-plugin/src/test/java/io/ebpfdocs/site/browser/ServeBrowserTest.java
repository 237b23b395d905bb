package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.serve.Preview;
import io.ebpfdocs.serve.ServeLog;
import io.ebpfdocs.serve.ServeSettings;
import io.ebpfdocs.site.SitePaths;
import io.ebpfdocs.site.SiteSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ebpfdocs:serve} in headless Chromium on a copy of the bundled docs module: an open page
 * shows an edit of its Markdown, a data change of its FEATURE_TAG badge and a new navigation entry,
 * each without anyone reloading it. Skips when chromium or chromedriver is missing.
 */
class ServeBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String XDP = "linux/program-type/BPF_PROG_TYPE_XDP";
  private static Path root;
  private static Preview preview;
  private static WebDriverClient browser;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    Path module = Path.of(System.getProperty("ebpfdocs.siteModule", "../ebpf-docs-site"));
    Assumptions.assumeTrue(Files.isDirectory(module.resolve("docs")), "bundled docs not found at " + module + "; skipping");
    root = Path.of("target", "browser-serve").toAbsolutePath();
    Corpus.copyTree(module.resolve("docs"), root.resolve("docs"));
    Corpus.copyTree(module.resolve("../data"), root.resolve("data"));
    preview = Preview.start(DocsSettings.forRoot(root), () -> new SiteSettings(root.resolve("docs"), root.resolve("site"),
        "eBPF Docs", "", "", false, 1), new ServeSettings("127.0.0.1", 0, 64), new ServeLog() {
          @Override
          public void info(String message) {}

          @Override
          public void warn(String message) {}
        });
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (preview != null) {
      preview.close();
    }
  }

  /** Opens the page and marks its window, so that a reload (which drops the mark) can be told from no change. */
  private static void open(String dir) throws Exception {
    browser.open(preview.url().resolve(dir).toString());
    assertTrue(browser.waitFor("return document.readyState === 'complete' && !!window.__ebpfdocsLive", WAIT));
    browser.script("window.__notReloaded = true");
  }

  private static void awaitReloadShowing(String condition) throws Exception {
    assertTrue(browser.waitFor("return !window.__notReloaded && document.readyState === 'complete' && " + condition,
        WAIT), "the page reloaded by itself and shows: " + condition);
  }

  private static void replaceIn(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void editedMarkdownAppearsWithoutAReload() throws Exception {
    open(XDP + "/");
    replaceIn(root.resolve("docs/" + XDP + ".md"), "An XDP program runs in the driver",
        "Edited while open: an XDP program runs in the driver");
    awaitReloadShowing("document.querySelector('article').innerText.includes('Edited while open')");
    browser.screenshot(SHOTS.resolve("serve-edit.png"));
  }

  @Test
  void dataChangeAltersTheFeatureTagBadge() throws Exception {
    open(XDP + "/");
    assertTrue(browser.script("return document.querySelector('article').innerText.includes('v4.8')").asBoolean());
    replaceIn(root.resolve("data/feature-versions.yaml"), "      version: v4.8\n      commit: 6a773a15",
        "      version: v4.18\n      commit: 6a773a15");
    awaitReloadShowing("document.querySelector('article').innerText.includes('v4.18')");
    assertTrue(Files.readString(root.resolve("docs/" + XDP + ".md")).contains("v4.8"), "the page file is untouched");
    browser.screenshot(SHOTS.resolve("serve-data.png"));
  }

  @Test
  void summaryChangeAddsANavigationEntry() throws Exception {
    open("");
    Files.writeString(root.resolve("docs/guide/live-entry.md"), "# Live entry\n\nA page added while the preview ran.\n");
    Path summary = root.resolve("docs/SUMMARY.md");
    Files.writeString(summary, Files.readString(summary) + "* [Live entry](guide/live-entry.md)\n");
    awaitReloadShowing("[...document.querySelectorAll('#site-nav a')].some(a => a.textContent === 'Live entry')");
    browser.screenshot(SHOTS.resolve("serve-nav.png"));
  }

  @Test
  void aBrokenLinkShowsInTheProblemBanner() throws Exception {
    open("guide/");
    Path page = root.resolve("docs/guide/index.md");
    Files.writeString(page, Files.readString(page) + "\nSee [a page that is not there](nowhere.md).\n");
    awaitReloadShowing("!!document.getElementById('ebpfdocs-live-problems')");
    assertTrue(browser.script("return document.getElementById('ebpfdocs-live-problems').innerText").asText()
        .contains("docs/guide/index.md:"), "the banner names the file and line");
    browser.screenshot(SHOTS.resolve("serve-problem.png"));
  }

  @Test
  void aFrontMatterErrorWrapsInsideItsBoxAndNamesFileAndLine() throws Exception {
    open("guide/code/");
    Path page = root.resolve("docs/guide/code.md");
    String text = Files.readString(page);
    Files.writeString(page, "---\ntitle: [" + "a long unclosed title that goes on and on ".repeat(8) + "\n---\n" + text);
    try {
      awaitReloadShowing("!!document.querySelector('.admonition.failure pre')");
      String box = "document.querySelector('.admonition.failure pre')";
      assertTrue(browser.script("return " + box + ".scrollWidth <= " + box + ".clientWidth").asBoolean(),
          "the message wraps inside the box");
      assertTrue(browser.script("return " + box + ".textContent").asText().startsWith("docs/guide/code.md:"),
          "and names the file and line");
      browser.screenshot(SHOTS.resolve("serve-front-matter.png"));
    } finally {
      Files.writeString(page, text);
    }
  }

  @Test
  void withoutSharedWorkerAnEditStillReachesThePage() throws Exception {
    String first = browser.currentTab();
    browser.newTab(); // the tab's every document loses SharedWorker, as where a browser has none: closed after
    try {
      browser.beforeEachDocument("delete window.SharedWorker");
      open("guide/");
      assertTrue(browser.script("return typeof SharedWorker === 'undefined'").asBoolean(), "no SharedWorker here");
      Path page = root.resolve("docs/guide/index.md");
      Files.writeString(page, Files.readString(page) + "\nEdited where the page polls.\n");
      awaitReloadShowing("typeof SharedWorker === 'undefined'"
          + " && document.querySelector('article').innerText.includes('Edited where the page polls')");
    } finally {
      browser.closeTab();
      browser.switchTo(first);
    }
  }

  @Test
  void twentyTabsInOneBrowserLoadAndTheLastGetsItsEdit() throws Exception {
    List<String> pages;
    try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
      pages = files.map(file -> root.resolve("docs").relativize(file).toString().replace('\\', '/'))
          .filter(page -> page.endsWith(".md") && !page.endsWith("SUMMARY.md")).sorted().limit(20).toList();
    }
    assertEquals(20, pages.size(), "the bundled docs have twenty pages");
    String first = browser.currentTab();
    List<String> tabs = new ArrayList<>();
    browser.pageLoadTimeout(WAIT);
    try {
      for (String page : pages) { // each tab keeps its page open (and its live reload) while the next loads
        tabs.add(browser.newTab());
        open(SitePaths.pageDir(page));
      }
      String last = pages.get(pages.size() - 1);
      Path file = root.resolve("docs").resolve(last);
      Files.writeString(file, Files.readString(file) + "\nEdited in the twentieth tab.\n");
      awaitReloadShowing("document.querySelector('article').innerText.includes('Edited in the twentieth tab')");
    } finally {
      for (String tab : tabs) {
        browser.switchTo(tab);
        browser.closeTab();
      }
      browser.switchTo(first);
      browser.pageLoadTimeout(Duration.ofMinutes(5));
    }
  }
}
