package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void pagesGetDirectoryUrls() {
    assertEquals("", SitePaths.pageDir("index.md"));
    assertEquals("linux/", SitePaths.pageDir("linux/index.md"));
    assertEquals("linux/helper-function/bpf_x/", SitePaths.pageDir("linux/helper-function/bpf_x.md"));
  }

  @Test
  void resolvesAndRelativizes() {
    assertEquals("linux/map-type/x.md", SitePaths.resolve("linux/helper-function/", "../map-type/x.md"));
    assertEquals("linux/", SitePaths.resolve("linux/a/", ".."));
    assertEquals("guide/", SitePaths.resolve("guide/", "./"));
    assertEquals("../b/index.html", SitePaths.relative("a/x/", "a/b/index.html"));
    assertEquals("index.html", SitePaths.relative("", "index.html"));
    assertEquals("../../assets/i.png", SitePaths.relative("a/x/", "assets/i.png"));
    assertEquals("../../", SitePaths.rootFrom("a/x/"));
  }

  @Test
  void recognisesSchemes() {
    assertTrue(SitePaths.hasScheme("https://x"));
    assertTrue(SitePaths.hasScheme("mailto:a@b"));
    assertFalse(SitePaths.hasScheme("x.md#a:b"));
    assertFalse(SitePaths.hasScheme("dir/x.md"));
  }
}
