package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.config.MkDocsConfigReader;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production mode on a small history: dates, contributors, cards (drawn once), sitemap, canonical links. */
class ProductionSiteTest {
  @TempDir
  Path root;

  private Path docs() throws Exception {
    return ProductionFixture.tree(root);
  }

  private SiteBuilder.Result build(Map<String, String> env) throws Exception {
    MkDocsConfig config = MkDocsConfigReader.read(root, env, icon -> true);
    SiteSettings settings = SiteSettings.configured(root.resolve("docs"), root.resolve("site"), false, 2, config,
        null, null, null, null);
    return new SiteBuilder(settings, new MarkdownRenderer(), line -> { }).build();
  }

  private void history(Path docs) throws Exception {
    ProductionFixture.history(root);
  }

  @Test
  void productionPagesCarryDatesContributorsCardsAndTheSitemap() throws Exception {
    Path docs = docs();
    history(docs);
    SiteBuilder.Result first = build(Map.of("PROD", "true"));
    assertEquals(List.of(), first.warnings());
    assertEquals(3, first.cardsDrawn(), "index, maps and the explorer");
    Path site = root.resolve("site");
    String maps = Files.readString(site.resolve("maps/index.html"));
    assertTrue(maps.contains("Last update: <time datetime=\"2025-07-17\">July 17, 2025</time>"), maps);
    assertTrue(maps.contains("Created: <time datetime=\"2024-03-05\">March 5, 2024</time>"), "the rename is followed");
    assertTrue(maps.contains("<a href=\"https://github.com/octocat\" class=\"contributor\" title=\"octo cat (1 commit)\">OC</a>"
        + "<span class=\"contributor\" title=\"Ann Author (1 commit)\">AA</span>"), maps);
    assertTrue(maps.contains("<link rel=\"canonical\" href=\"https://docs.example.org/maps/\">"), maps);
    assertTrue(maps.contains("<meta property=\"og:image\" content=\"https://docs.example.org/assets/images/social/maps.png\">"));
    assertTrue(maps.contains("<meta property=\"og:description\" content=\"Maps hold data.\">"), maps);
    assertTrue(maps.contains("href=\"https://github.com/o/r/blob/main/docs/maps.md\""), "edit link");
    assertTrue(maps.contains("href=\"https://github.com/o/r/raw/main/docs/maps.md\""), "view link");
    BufferedImage card = ImageIO.read(site.resolve("assets/images/social/maps.png").toFile());
    assertEquals(1200, card.getWidth());
    assertEquals(630, card.getHeight());
    assertEquals(0xffeb3b, card.getRGB(5, 5) & 0xffffff, "the palette's primary colour");
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://docs.example.org/maps/</loc>\n         <lastmod>2025-07-17</lastmod>"), sitemap);
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(site.resolve("sitemap.xml.gz"))))) {
      assertEquals(sitemap, new String(gz.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    assertEquals(0, build(Map.of("PROD", "true")).cardsDrawn(), "unchanged pages: every card from the cache");
    Files.writeString(docs.resolve("index.md"), "# Home\n\nA new first paragraph.\n");
    assertEquals(1, build(Map.of("PROD", "true")).cardsDrawn(), "only the changed page's card is drawn");
  }

  @Test
  void withoutProdNoneOfTheProductionParts() throws Exception {
    Path docs = docs();
    history(docs);
    SiteBuilder.Result result = build(Map.of());
    assertEquals(0, result.cardsDrawn());
    String maps = Files.readString(root.resolve("site/maps/index.html"));
    for (String part : List.of("Last update", "contributor", "og:image", "googletagmanager")) {
      assertFalse(maps.contains(part), part);
    }
    assertFalse(Files.exists(root.resolve("site/assets/images/social")));
    assertTrue(maps.contains("rel=\"canonical\""), "canonical links and the sitemap come with site_url alone");
    assertFalse(Files.readString(root.resolve("site/sitemap.xml")).contains("lastmod"), "no dates without git dates");
  }

  @Test
  void aTreeWithoutGitBuildsWithOneWarningAndNoDates() throws Exception {
    docs();
    Files.writeString(root.resolve("docs/maps.md"), "# Maps\n");
    SiteBuilder.Result result = build(Map.of("PROD", "true"));
    assertEquals(1, result.warnings().size(), result.warnings().toString());
    assertTrue(result.warnings().get(0).contains("not in a git repository"), result.warnings().get(0));
    assertFalse(Files.readString(root.resolve("site/maps/index.html")).contains("Last update"));
  }

  @Test
  void aShallowCloneIsNamed() throws Exception {
    Path docs = docs();
    history(docs);
    try (Git git = Git.open(root.toFile())) {
      Files.writeString(root.resolve(".git/shallow"), git.getRepository().resolve("HEAD").name() + "\n");
    }
    List<String> warnings = build(Map.of("PROD", "true")).warnings();
    assertTrue(warnings.size() == 1 && warnings.get(0).contains("shallow clone")
        && warnings.get(0).contains("fetch-depth: 0"), warnings.toString());
  }

  @Test
  void theFaviconIsServedFromTheRoot() throws Exception {
    docs();
    build(Map.of());
    byte[] icon = Files.readAllBytes(root.resolve("site/favicon.ico"));
    assertEquals(32, ImageIO.read(new ByteArrayInputStream(icon)).getWidth(), "our own icon without theme.favicon");
    assertTrue(Files.readString(root.resolve("site/index.html")).contains("<link rel=\"icon\" href=\"favicon.ico\">"));
  }
}
