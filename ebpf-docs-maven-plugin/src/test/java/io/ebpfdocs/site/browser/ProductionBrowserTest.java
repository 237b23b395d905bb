package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.ProductionFixture;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.config.MkDocsConfigReader;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production page of a tree configured as ebpf-docs is, in headless Chromium, in both schemes of the
 * palette: the logo, the edit link and the dates show in each, in the scheme's colours. Screenshots go to
 * target/screenshots/production-{light,dark}.png.
 */
class ProductionBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir
  static Path root;
  private static WebDriverClient browser;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    ProductionFixture.tree(root);
    ProductionFixture.history(root);
    SiteSettings settings = SiteSettings.configured(root.resolve("docs"), root.resolve("site"), false, 2,
        MkDocsConfigReader.read(root, Map.of("PROD", "true"), icon -> true), null, null, null, null);
    new SiteBuilder(settings, new MarkdownRenderer(), line -> { }).build();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void logoEditLinkAndDatesInBothSchemes() throws Exception {
    Files.createDirectories(SHOTS);
    browser.open(root.resolve("site/maps/index.html").toUri().toString());
    assertTrue(browser.waitFor("return document.readyState === 'complete'", WAIT));
    browser.script("localStorage.removeItem('ebpfdocs-theme'); document.documentElement.removeAttribute('data-theme')");
    String toggle = browser.find("#theme-toggle");
    browser.click(toggle); // auto -> dark, the palette's order
    assertEquals("dark", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    assertEquals("Switch to dark mode", browser.script("return arguments[0].title", toggle).asText());
    checkPage("rgb(255, 235, 59)"); // yellow
    browser.screenshot(SHOTS.resolve("production-dark.png"));
    browser.click(toggle); // dark -> light
    assertEquals("light", browser.script("return document.documentElement.getAttribute('data-theme')").asText());
    checkPage("rgb(63, 81, 181)"); // Material's default primary, indigo
    browser.screenshot(SHOTS.resolve("production-light.png"));
  }

  private static void checkPage(String headerColour) throws Exception {
    assertEquals(headerColour,
        browser.script("return getComputedStyle(document.querySelector('.topbar')).backgroundColor").asText());
    assertTrue(browser.script("var i = document.querySelector('.brand-logo');"
        + " return i.complete && i.naturalWidth === 64 && i.getBoundingClientRect().height > 0").asBoolean(), "logo shown");
    assertEquals("https://github.com/o/r/blob/main/docs/maps.md",
        browser.script("var a = document.querySelector('a.edit-link');"
            + " return a.getBoundingClientRect().width > 0 ? a.href : 'hidden'").asText());
    String meta = browser.script("var m = document.querySelector('.page-meta');"
        + " m.scrollIntoView(); return m.getBoundingClientRect().height > 0 ? m.innerText : ''").asText();
    assertTrue(meta.contains("Last update: July 17, 2025") && meta.contains("Created: March 5, 2024"), meta);
  }
}
