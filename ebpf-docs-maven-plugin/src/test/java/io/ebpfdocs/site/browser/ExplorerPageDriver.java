package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a reader does on the compatibility explorer (compat/) and what the page then shows, for the browser tests. */
final class ExplorerPageDriver {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final WebDriverClient browser;

  ExplorerPageDriver(WebDriverClient browser) {
    this.browser = browser;
  }

  void open(String url) throws Exception {
    browser.open(url);
    assertTrue(browser.waitFor("return document.readyState === 'complete'", WAIT));
  }

  void awaitData() throws Exception {
    assertTrue(browser.waitFor("return !document.getElementById('compat-kernel').disabled", WAIT),
        "the explorer loaded the API: " + browser.script("return document.getElementById('compat-status').textContent"));
  }

  /** Picks an option as a reader does: scrolling to the select, opening it and clicking the option (which fires "change"). */
  void pick(String select, String value) throws Exception {
    String control = browser.find("#" + select);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", control); // not under the sticky top bar
    browser.click(control);
    browser.click(browser.find("#" + select + " option[value='" + value + "']"));
  }

  /** Types a helper or kfunc name into the name box, replacing what it held, and commits it (Enter). */
  void lookUp(String name) throws Exception {
    String input = browser.find("#compat-name");
    browser.script("arguments[0].value = ''", input);
    browser.type(input, name + "\uE007");
    assertTrue(browser.waitFor("return document.getElementById('compat-name-summary').textContent.startsWith('"
        + name + " is a ')", WAIT), "answer for " + name);
  }

  /** The rows of the result table with that caption, cells joined by spaces. */
  List<String> rows(String caption) throws Exception {
    return texts("const caption = '" + caption + "';"
        + "const t = [...document.querySelectorAll('.compat-result caption')].find(c => c.textContent === caption);"
        + "return t ? [...t.parentElement.querySelectorAll('tbody tr')].map(r => [...r.cells]"
        + ".map(c => c.textContent.trim()).filter(x => x).join(' ')) : ['no table: ' + caption]");
  }

  /** The kfunc flags of the name's answer, each "flag: meaning". */
  List<String> flags() throws Exception {
    return texts("return [...document.querySelectorAll('#compat-name-result .compat-flags dt')]"
        + ".map(dt => dt.textContent + ': ' + dt.nextElementSibling.textContent)");
  }

  /** The strings of the array a script returns. */
  List<String> texts(String script) throws Exception {
    List<String> out = new ArrayList<>();
    browser.script(script).forEach(r -> out.add(r.asText()));
    return out;
  }
}
