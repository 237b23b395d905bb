package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the rendered bundled site (ebpf-docs-site/docs) in headless Chromium through chromedriver.
 * Skips when either is missing; CI installs Debian's chromium and chromium-driver. Screenshots go to
 * target/screenshots.
 */
class SiteBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String ARROW_DOWN = "\uE015";
  private static final String ARROW_UP = "\uE013";
  private static Path site;
  private static WebDriverClient browser;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    site = TestSites.bundled("browser-site");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void open(String page) throws Exception {
    browser.open(site.resolve(page).toUri().toString());
    assertTrue(browser.waitFor("return document.readyState === 'complete'", WAIT));
  }

  @Test
  void pageLoadsWithNavigationAndToc() throws Exception {
    open("guide/admonitions/index.html");
    assertTrue(browser.waitFor("return !!document.querySelector('#site-nav a[aria-current=page]')", WAIT),
        "the shared nav.js builds the left navigation and marks the current page");
    assertTrue(browser.script("return document.querySelectorAll('.toc a').length").asInt() >= 2, "right TOC");
    assertTrue(browser.script("return document.querySelectorAll('#site-nav a').length").asInt() > 10);
    browser.screenshot(SHOTS.resolve("page.png"));
  }

  @Test
  void collapsibleOpensOnClick() throws Exception {
    open("guide/admonitions/index.html");
    String summary = browser.find("details.admonition:not([open]) > summary");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
    browser.click(summary);
    assertTrue(browser.script("return arguments[0].parentElement.open", summary).asBoolean(), "??? block opened");
    browser.screenshot(SHOTS.resolve("collapsible-open.png"));
  }

  @Test
  void tabSwitches() throws Exception {
    open("guide/tabs-and-tables/index.html");
    String visible = "return [...document.querySelectorAll('.tabbed-set .tabbed-block')]"
        + ".map(b => getComputedStyle(b).display !== 'none')";
    assertEquals("[true,false]", browser.script(visible).toString());
    String second = browser.find(".tabbed-set > label:nth-of-type(2)");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", second);
    browser.click(second);
    assertEquals("[false,true]", browser.script(visible).toString(), "second tab shown after click");
    browser.screenshot(SHOTS.resolve("tab-switched.png"));
  }

  @Test
  void searchFindsHelperPage() throws Exception {
    open("index.html");
    String input = browser.find("#search-input");
    browser.click(input);
    browser.type(input, "ringbuf");
    assertTrue(browser.waitFor("return document.querySelectorAll('.search-hit').length > 0", WAIT), "results shown");
    String hit = "[...document.querySelectorAll('.search-hit')].find(a => a.href.includes("
        + "'helper-function/bpf_ringbuf_output/'))";
    assertTrue(browser.script("return !!" + hit).asBoolean(), "ringbuf finds the bpf_ringbuf_output helper page");
    assertEquals("Helper functions", browser.script("return " + hit + ".querySelector('.hit-kind').textContent")
        .asText(), "results say which kind of page a hit is");
    browser.screenshot(SHOTS.resolve("search.png"));
    browser.type(input, ARROW_DOWN);
    assertEquals("search-hit", browser.script("return document.activeElement.className").asText().split(" ")[0],
        "arrow down moves from the box into the results");
    browser.type(browser.active(), ARROW_DOWN);
    assertEquals(1, browser.script("return [...document.querySelectorAll('#search-results a')]"
        + ".indexOf(document.activeElement)").asInt(), "and on to the next result");
    browser.type(browser.active(), ARROW_UP + ARROW_UP);
    assertEquals("search-input", browser.script("return document.activeElement.id").asText(), "and back up to the box");
  }

  @Test
  void searchRanksNamesThenPrefixesThenOtherMatchesAndTitlesAboveHeadingsAboveText() throws Exception {
    open("index.html");
    browser.click(browser.find("#search-input")); // loads search.js
    assertTrue(browser.waitFor("return !!window.ebpfdocsSearch", WAIT));
    String ranked = browser.script("""
        const raw = {pages: [
            ['body/', 'Notes', 'Misc'], ['prefix/', 'bpf_map_lookup_elem_flags', 'Libbpf'],
            ['heading/', 'Maps', 'Concepts'], ['helper/', 'bpf_map_lookup_elem', 'Helpers'],
            ['otherHeading/', 'Guide', 'Guides'], ['command/', 'BPF_MAP_LOOKUP_ELEM', 'Syscall commands'],
            ['libbpf/', 'bpf_map_lookup_elem', 'Libbpf'], ['otherTitle/', 'bpf map lookup elem by hand', 'Guides'],
            ['unrelated/', 'bpf_map_update_elem', 'Helpers']],
          sections: [[0, '', '', 'Call bpf_map_lookup_elem here.'], [1, '', '', 'Flags.'],
            [2, 'x', 'bpf_map_lookup_elem', 'Looks up.'], [3, '', '', 'Looks up.'],
            [4, 'y', 'Using bpf map lookup elem', 'Text.'], [5, '', '', 'Command.'], [6, '', '', 'Wrapper.'],
            [7, '', '', 'Text.'], [8, '', '', 'Updates.']]};
        const index = ebpfdocsSearch.prepare(raw);
        return ebpfdocsSearch.rank(index, 'bpf_map_lookup_elem', 30)
          .map(h => h.page.url + h.tier + '-' + h.where).join(' ');""").asText();
    assertEquals("helper/exact-title libbpf/exact-title command/exact-title heading/exact-heading "
        + "prefix/prefix-title otherTitle/tokens-title otherHeading/other-heading body/other-body", ranked);
  }

  @Test
  void themeToggleSwitches() throws Exception {
    open("guide/code/index.html");
    browser.script("localStorage.removeItem('ebpfdocs-theme'); document.documentElement.removeAttribute('data-theme')");
    String toggle = browser.find("#theme-toggle");
    String background = "return getComputedStyle(document.body).backgroundColor";
    browser.click(toggle);
    assertEquals("light", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    String light = browser.script(background).asText();
    browser.screenshot(SHOTS.resolve("theme-light.png"));
    browser.click(toggle);
    assertEquals("dark", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    String dark = browser.script(background).asText();
    assertFalse(light.equals(dark), "background changes with the theme");
    browser.screenshot(SHOTS.resolve("theme-dark.png"));
    browser.click(toggle);
    assertTrue(browser.script("return document.documentElement.getAttribute('data-theme')").isNull(),
        "third click follows the OS again");
  }
}
