package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compatibility explorer (compat/) of the bundled docs module with a fixture JSON API, in headless
 * Chromium: from file:// (api.js) and over http (the JSON files, api.js hidden), used by mouse and
 * keyboard, in both themes, and without any API.
 */
class ExplorerBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String TAB = "\uE004";
  private static final String ENTER = "\uE007";
  private static Path site;
  private static WebDriverClient browser;
  private static ExplorerPageDriver page;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    page = new ExplorerPageDriver(browser);
    site = TestSites.bundled("explorer-site");
    ApiFixture.writeTo(site);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void fromFileXdpOnAKernelListsWhatItMayCallAndWhatComesLater() throws Exception {
    page.open(site.resolve("index.html").toUri().toString());
    assertTrue(browser.waitFor("return !!document.querySelector('#site-nav a[href$=\"compat/index.html\"]')", WAIT),
        "the navigation's top level links the explorer");
    browser.click(browser.find("#site-nav a[href$='compat/index.html']"));
    assertTrue(browser.waitFor("return location.href.endsWith('compat/index.html')", WAIT));
    page.awaitData();
    page.pick("compat-prog-type", "BPF_PROG_TYPE_XDP");
    page.pick("compat-kernel", "v5.10");
    assertEquals(List.of("bpf_ktime_get_ns v4.8 *", "bpf_map_lookup_elem v4.8 *", "bpf_redirect v4.14",
        "bpf_ringbuf_output v5.9"), page.rows("Helpers available on v5.10"), "per-type dates where the data has them, else XDP's own v4.8");
    assertEquals(List.of("bpf_loop helper v5.17 *", "bpf_kptr_xchg helper v5.19 *", "bpf_xdp_metadata_rx_hash kfunc v6.3 *"),
        page.rows("Arriving after v5.10"));
    assertEquals(List.of("bpf_strnlen kfunc"), page.rows("Version unknown"),
        "neither the kfunc nor the pairing dated: unknown, not XDP's own v4.8");
    assertEquals(List.of("no table: Kfuncs available on v5.10"), page.rows("Kfuncs available on v5.10"));
    assertEquals("../linux/helper-function/bpf_redirect/index.html",
        browser.script("return document.querySelector('#compat-kernel-result a[href*=bpf_redirect]')"
            + ".getAttribute('href')").asText(), "names link to their pages");
    browser.screenshot(SHOTS.resolve("explorer-xdp.png"));

    page.pick("compat-kernel", "v5.8");
    assertTrue(page.rows("Arriving after v5.8").contains("bpf_ringbuf_output helper v5.9"),
        "the per-type date, not the helper's own v5.8, decides");
    assertTrue(browser.script("return location.hash").asText().equals("#kernel=v5.8&type=BPF_PROG_TYPE_XDP"),
        "the address keeps the choice");
  }

  @Test
  void theAddressChoosesKernelProgramTypeAndName() throws Exception {
    page.open(site.resolve("compat/index.html").toUri() + "#kernel=v4.9&type=BPF_PROG_TYPE_TRACING&name=bpf_task_acquire");
    page.awaitData();
    assertTrue(browser.script("return document.querySelector('#compat-kernel-result p').textContent").asText()
        .contains("arrived in v5.5: a v4.9 kernel does not have it"));
    assertEquals(List.of("bpf_get_current_pid_tgid helper v5.5 *", "bpf_task_acquire kfunc v6.2 *",
        "bpf_task_release kfunc v6.2 *"), page.rows("Arriving after v4.9"), "nothing before the program type itself");
    assertEquals(List.of("BPF_PROG_TYPE_TRACING v6.2 *"), page.rows("Program types that may call bpf_task_acquire"));
    assertEquals(List.of("KF_ACQUIRE: Returns a reference that the program must release.",
        "KF_RCU: Neither the data nor this site says what this flag means.", "KF_RET_NULL: May return NULL: check before use."),
        page.flags(), "every flag explained, in the kfunc's order");
  }

  @Test
  void aChangedHashAndBackAndForwardChangeTheChoices() throws Exception {
    page.open(site.resolve("compat/index.html").toUri() + "#kernel=v4.9&type=BPF_PROG_TYPE_TRACING&name=bpf_task_acquire");
    page.awaitData();
    browser.script("location.hash = '#kernel=v6.2&type=BPF_PROG_TYPE_XDP'");
    awaitChoices("v6.2", "BPF_PROG_TYPE_XDP", "");
    assertFalse(browser.script("return document.getElementById('compat-name-summary').textContent").asText()
        .contains("bpf_task_acquire"), "the name's answer went with the name");
    String other = browser.script("return [...document.getElementById('compat-kernel').options].map(o => o.value)"
        + ".find(v => v !== 'v6.2')").asText();
    page.pick("compat-kernel", other);
    assertTrue(browser.waitFor("return location.hash.includes('kernel=" + other + "')", WAIT), "the choice is in the address");
    browser.back();
    awaitChoices("v6.2", "BPF_PROG_TYPE_XDP", "");
    browser.back();
    awaitChoices("v4.9", "BPF_PROG_TYPE_TRACING", "bpf_task_acquire");
    assertTrue(browser.script("return document.querySelector('#compat-kernel-result p').textContent").asText()
        .contains("arrived in v5.5: a v4.9 kernel does not have it"), "the answer follows the choices");
    browser.forward();
    awaitChoices("v6.2", "BPF_PROG_TYPE_XDP", "");
    browser.forward();
    awaitChoices(other, "BPF_PROG_TYPE_XDP", "");
  }

  private static void awaitChoices(String kernel, String type, String name) throws Exception {
    String shown = "[document.getElementById('compat-kernel').value, document.getElementById('compat-prog-type').value,"
        + " document.getElementById('compat-name').value].join(' ')";
    assertTrue(browser.waitFor("return " + shown + " === '" + kernel + " " + type + " " + name + "'", WAIT),
        "shows " + kernel + " " + type + " " + name + ", not " + browser.script("return " + shown).asText());
  }

  @Test
  void keyboardReachesEveryControlAndAKfuncAnswersWhereAndSinceWhen() throws Exception {
    page.open(site.resolve("compat/index.html").toUri().toString());
    page.awaitData();
    assertEquals(1, browser.script("return document.getElementById('compat-kernel').labels.length").asInt());
    assertEquals(1, browser.script("return document.getElementById('compat-prog-type').labels.length").asInt());
    assertEquals(1, browser.script("return document.getElementById('compat-name').labels.length").asInt());
    assertEquals("[\"compat-kernel-summary\",\"compat-name-summary\"]", browser.script(
        "return [...document.querySelectorAll('article [aria-live]')].map(e => e.id)").toString(),
        "screen readers hear each answer's one-line summary, not whole tables");
    String kernel = browser.find("#compat-kernel");
    browser.script("arguments[0].focus()", kernel);
    browser.type(kernel, TAB);
    assertEquals("compat-prog-type", activeId(), "Tab goes from the kernel to the program type");
    for (int presses = 0; !activeId().equals("compat-name"); presses++) {
      assertTrue(presses < 50 && browser.script("return !!document.activeElement.closest('#compat-kernel-result')"
          + " || document.activeElement.id === 'compat-prog-type'").asBoolean(),
          "Tab goes through the answer's links, then to the name box");
      browser.type(browser.active(), TAB);
    }

    String name = browser.find("#compat-name");
    browser.type(name, "bpf_task_release");
    assertTrue(browser.waitFor("return document.getElementById('compat-name-result').textContent"
        + ".includes('is a kfunc since v6.2')", WAIT));
    assertEquals(List.of("BPF_PROG_TYPE_TRACING v6.2 * v6.4"), page.rows("Program types that may call bpf_task_release"));
    assertEquals(List.of("KF_RELEASE: Releases the reference passed to it."), page.flags(), "kfunc flags with their meanings");

    browser.script("arguments[0].value = ''", name);
    browser.type(name, "bpf_ringbuf_outptu" + ENTER);
    assertTrue(browser.waitFor("return !!document.querySelector('.compat-suggestion')", WAIT), "closest names offered");
    String suggestion = browser.find(".compat-suggestion");
    assertEquals("bpf_ringbuf_output", browser.script("return arguments[0].textContent", suggestion).asText());
    browser.click(suggestion);
    assertEquals(List.of("BPF_PROG_TYPE_XDP v5.9"), page.rows("Program types that may call bpf_ringbuf_output"));
    assertEquals(List.of("BPF_MAP_TYPE_RINGBUF"), page.rows("Map types it works with"));
  }

  @Test
  void themesChangeTheControlsToo() throws Exception {
    page.open(site.resolve("compat/index.html").toUri().toString());
    page.awaitData();
    browser.script("localStorage.removeItem('ebpfdocs-theme'); document.documentElement.removeAttribute('data-theme')");
    String toggle = browser.find("#theme-toggle");
    String colours = "const s = getComputedStyle(document.getElementById('compat-kernel'));"
        + "return s.backgroundColor + ' ' + s.color";
    browser.click(toggle);
    assertEquals("light", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    String light = browser.script(colours).asText();
    browser.click(toggle);
    assertEquals("dark", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    String dark = browser.script(colours).asText();
    assertFalse(light.equals(dark), "select colours follow the theme: " + light);
    page.pick("compat-prog-type", "BPF_PROG_TYPE_XDP");
    browser.screenshot(SHOTS.resolve("explorer-dark.png"));
    browser.click(toggle);
  }

  @Test
  void overHttpTheJsonFilesAreFetchedWhenApiJsIsMissing() throws Exception {
    try (StaticServer server = new StaticServer(site, List.of("api/v1/api.js"))) {
      page.open(server.url("compat/"));
      page.awaitData();
      page.pick("compat-prog-type", "BPF_PROG_TYPE_XDP");
      page.pick("compat-kernel", "v5.10");
      assertTrue(page.rows("Helpers available on v5.10").contains("bpf_redirect v4.14"));
      assertTrue(browser.script("return document.querySelector('#compat-kernel-result a[href*=bpf_redirect]').href")
          .asText().startsWith(server.url("linux/helper-function/bpf_redirect/")));
    }
  }

  @Test
  void withoutTheApiThePageSaysSo() throws Exception {
    try (StaticServer server = new StaticServer(site, List.of("api/"))) {
      page.open(server.url("compat/"));
      assertTrue(browser.waitFor("return !!document.querySelector('.compat-missing')", WAIT));
      assertTrue(browser.script("return document.querySelector('.compat-missing').textContent").asText()
          .contains("api/v1/ is missing"));
      assertTrue(browser.script("return document.getElementById('compat-kernel').disabled").asBoolean());
      browser.screenshot(SHOTS.resolve("explorer-without-api.png"));
    }
  }

  private static String activeId() throws Exception {
    return browser.script("return document.activeElement.id").asText();
  }
}
