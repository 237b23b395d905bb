package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** At 1400 px the XDP page's wide MTU tables show every column: no column hidden behind a scroll box. */
class WideTableCorpusTest {
  private static WebDriverClient browser;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void mtuTablesFitTheContentColumn() throws Exception {
    Path site = TestSites.corpus();
    browser.open(site.resolve("linux/program-type/BPF_PROG_TYPE_XDP/index.html").toUri().toString());
    JsonNode tables = browser.script("""
        return [...document.querySelectorAll('article table')].filter(t => t.textContent.includes('riscv'))
          .map(t => { t.closest('.tabbed-block, details')?.setAttribute('open', '');
                      return [t.scrollWidth, t.clientWidth, window.innerWidth]; })""");
    assertTrue(tables.size() >= 1, "the MTU tables are on the page: " + tables);
    browser.script("document.getElementById('max-mtu')?.scrollIntoView()");
    browser.screenshot(Path.of("target", "screenshots", "xdp-mtu-table-1400.png"));
    for (JsonNode t : tables) {
      assertEquals(1400, t.get(2).asInt(), "window width");
      assertTrue(t.get(0).asInt() <= t.get(1).asInt(), "table wider than its box (hidden columns): " + tables);
    }
  }
}
