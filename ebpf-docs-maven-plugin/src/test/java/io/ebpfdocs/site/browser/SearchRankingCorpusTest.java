package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site search on the real tree, in headless Chromium: the ranking readers run (assets/search.js),
 * over the index the site writes. Typing any page's full title puts that page, and every other page
 * of the same name (helper, libbpf function, syscall command...), at the top.
 */
class SearchRankingCorpusTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static Path site;
  private static WebDriverClient browser;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    site = TestSites.corpus();
    browser.open(site.resolve("index.html").toUri().toString());
    browser.click(browser.find("#search-input")); // focusing the box loads search.js and the index
    assertTrue(browser.waitFor("return !!(window.ebpfdocsSearch && window.__ebpfdocsSearch)", WAIT));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyTitleFindsItsOwnPagesFirst() throws Exception {
    JsonNode outcome = browser.script("""
        const S = window.ebpfdocsSearch, index = S.prepare(window.__ebpfdocsSearch);
        const byName = {};
        index.pages.forEach(p => (byName[p.name] = byName[p.name] || []).push(p.index));
        let symbols = 0, shared = 0;
        const failures = [];
        index.pages.forEach(p => {
          if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.title)) symbols++;
          const expected = byName[p.name].slice().sort((a, b) => a - b);
          if (expected.length > 1) shared++;
          const top = S.rank(index, p.title, expected.length).map(h => h.page.index).sort((a, b) => a - b);
          if (top.join() !== expected.join()) failures.push(p.title + ' -> ' + top.map(i => index.pages[i].url));
        });
        return {pages: index.pages.length, symbols: symbols, shared: shared, failures: failures};
        """);
    assertEquals("[]", outcome.get("failures").toString(), "titles whose own pages are not the first results");
    assertEquals(1196, outcome.get("pages").asInt(), "every page of the tree, and the explorer, was searched for");
    assertTrue(outcome.get("symbols").asInt() > 1000, "symbol titles searched: " + outcome.get("symbols"));
    assertTrue(outcome.get("shared").asInt() >= 20, "names shared by several pages: " + outcome.get("shared"));
  }

  @Test
  void helperComesFirstAmongThePagesOfItsName() throws Exception {
    // The helper, the libbpf function and the syscall command, together and each labelled with its kind.
    assertEquals(List.of(
        "linux/helper-function/bpf_map_lookup_elem/ Helper functions / Map helpers",
        "ebpf-library/libbpf/userspace/bpf_map_lookup_elem/ Libbpf / Userspace",
        "linux/syscall/BPF_MAP_LOOKUP_ELEM/ Syscall commands / Map commands",
        "ebpf-library/libbpf/userspace/bpf_map_lookup_elem_flags/ Libbpf / Userspace"),
        typed("bpf_map_lookup_elem", 4));
    browser.screenshot(Path.of("target", "screenshots", "search-ranking.png"));
    assertEquals("linux/syscall/BPF_MAP_LOOKUP_ELEM/ Syscall commands / Map commands",
        typed("BPF_MAP_LOOKUP_ELEM", 1).get(0), "the name written as typed comes first");
  }

  @Test
  void symbolsOfEveryKindComeFirst() throws Exception {
    assertEquals("linux/helper-function/bpf_loop/ Helper functions / Loop helpers", typed("bpf_loop", 1).get(0));
    assertEquals("linux/kfuncs/bpf_task_acquire/ KFuncs / BPF task KFuncs", typed("bpf_task_acquire", 1).get(0));
    assertEquals("linux/program-type/BPF_PROG_TYPE_XDP/ Program types / Network program types",
        typed("BPF_PROG_TYPE_XDP", 1).get(0));
    assertEquals("linux/map-type/BPF_MAP_TYPE_RINGBUF/ Map types / Streaming", typed("BPF_MAP_TYPE_RINGBUF", 1).get(0));
    assertEquals("linux/syscall/BPF_PROG_LOAD/ Syscall commands / Object creation commands", typed("BPF_PROG_LOAD", 1).get(0));
    assertEquals("compat/ Compatibility explorer", typed("compatibility explorer", 1).get(0),
        "the site's own page, labelled by its navigation entry");
    assertEquals("linux/ Linux Reference", typed("linux reference", 1).get(0), "a folder's top-level page, not 'linux'");
    assertEquals(List.of("linux/kfuncs/bpf_obj_new/ KFuncs / Object allocation KFuncs",
        "ebpf-library/scx/bpf_obj_new/ SCX Common", "linux/kfuncs/bpf_obj_new_impl/ KFuncs / Object allocation KFuncs"),
        typed("bpf_obj_new", 3), "kfunc and SCX macro of one name, then the name's prefix matches");
  }

  @Test
  void shortQueriesFindThePageNamedByTheirWords() throws Exception {
    // Typed words that end a title as whole tokens name that page: "xdp" is BPF_PROG_TYPE_XDP's last token.
    for (String[] expected : new String[][] {
        {"xdp", "linux/program-type/BPF_PROG_TYPE_XDP/"},
        {"struct ops", "linux/program-type/BPF_PROG_TYPE_STRUCT_OPS/"},
        {"tracing", "linux/program-type/BPF_PROG_TYPE_TRACING/"},
        {"arena", "linux/map-type/BPF_MAP_TYPE_ARENA/"},
        {"lpm trie", "linux/map-type/BPF_MAP_TYPE_LPM_TRIE/"},
        {"ringbuf", "linux/map-type/BPF_MAP_TYPE_RINGBUF/"},
        {"lsm", "linux/program-type/BPF_PROG_TYPE_LSM/"},
        {"hash map", "linux/map-type/BPF_MAP_TYPE_HASH/"}}) {
      List<String> top = typed(expected[0], 3);
      assertTrue(top.stream().anyMatch(hit -> hit.startsWith(expected[1] + " ")), expected[0] + " -> " + top);
    }
  }

  /** Types a query into the search box as a reader does; the first results as "url kind". */
  private static List<String> typed(String query, int count) throws Exception {
    String input = browser.find("#search-input");
    browser.script("arguments[0].value = ''; const r = document.getElementById('search-results'); "
        + "r.innerHTML = ''; r.removeAttribute('data-query')", input);
    browser.type(input, query);
    assertTrue(browser.waitFor("return document.getElementById('search-results').getAttribute('data-query') === '"
        + query + "'", WAIT), "results for " + query);
    JsonNode hits = browser.script("""
        return [...document.querySelectorAll('#search-results .search-hit:not(.search-sub)')].map(a =>
          a.getAttribute('href').replace(/^(\\.\\.\\/)*/, '').replace(/index\\.html$/, '') + ' '
          + (a.querySelector('.hit-kind')?.textContent ?? ''))""");
    List<String> first = new ArrayList<>();
    for (int i = 0; i < count && i < hits.size(); i++) {
      first.add(hits.get(i).asText());
    }
    return first;
  }
}
