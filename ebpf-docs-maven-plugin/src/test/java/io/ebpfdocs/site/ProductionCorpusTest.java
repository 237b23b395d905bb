package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.config.MkDocsConfigReader;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deploy build on the real history: a clone of the bundle plus data/generators.yaml, PROD=true and the
 * deploy workflow's site_url appended to mkdocs.yml; and the same tree without PROD.
 */
class ProductionCorpusTest {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);
  private static Path clone;
  private static Path prod;
  private static Path plain;
  private static List<String> pages;

  @BeforeAll
  static void build() throws Exception {
    clone = Corpus.history("production-corpus");
    Files.copy(Corpus.location().resolve("data/generators.yaml"), clone.resolve("data/generators.yaml"));
    Files.writeString(clone.resolve("mkdocs.yml"), "\nsite_url: https://docs.ebpf.io\n", StandardOpenOption.APPEND);
    prod = clone.resolve("target/site-prod");
    plain = clone.resolve("target/site-plain");
    SiteBuilder.Result result = site(Map.of("PROD", "true"), prod);
    assertEquals(List.of(), result.warnings());
    site(Map.of(), plain);
    pages = SiteSources.scan(clone.resolve("docs")).pages();
  }

  private static SiteBuilder.Result site(Map<String, String> env, Path out) throws Exception {
    MkDocsConfig config = MkDocsConfigReader.read(clone, env, icon -> Icons.svg(icon).isPresent());
    return new SiteBuilder(SiteSettings.configured(clone.resolve("docs"), out, false, 2, config, null, null, null, null),
        new MarkdownRenderer(), line -> { }).build();
  }

  private static String html(Path site, String page) throws Exception {
    return Files.readString(site.resolve(SitePaths.pageDir(page) + "index.html"));
  }

  @Test
  void theThemeIsTheTreesOwn() throws Exception {
    String maps = html(prod, "linux/concepts/maps.md");
    assertTrue(maps.contains("<img class=\"brand-logo\" src=\"../../../assets/image/logo.png\" alt=\"logo\">eBPF Docs"));
    assertTrue(maps.contains("<link rel=\"icon\" href=\"../../../assets/image/favicon-32x32.png\">"));
    assertArrayEquals(Files.readAllBytes(clone.resolve("docs/assets/image/favicon-32x32.png")),
        Files.readAllBytes(prod.resolve("favicon.ico")));
    assertTrue(maps.contains("<link rel=\"stylesheet\" href=\"../../../stylesheets/extra.css\">"));
    assertTrue(Files.exists(prod.resolve("stylesheets/extra.css")));
    assertTrue(maps.contains(":root[data-theme=dark]{--top-bg:#ffeb3b;"), "palette: primary yellow in dark");
    assertTrue(maps.contains("data-order=\"auto dark light\""), "the palette's toggle order");
    assertTrue(maps.contains("body{font-family:\"Inter\","));
    assertTrue(maps.contains("<a class=\"icon-button repo\" href=\"https://github.com/isovalent/ebpf-docs\""));
    assertTrue(maps.contains("href=\"https://github.com/isovalent/ebpf-docs/blob/master/docs/linux/concepts/maps.md\""));
    assertTrue(maps.contains("href=\"https://github.com/isovalent/ebpf-docs/raw/master/docs/linux/concepts/maps.md\""));
    assertTrue(maps.contains("class=\"back-to-top\""), "navigation.top");
    assertTrue(maps.contains("<link rel=\"canonical\" href=\"https://docs.ebpf.io/linux/concepts/maps/\">"));
    assertTrue(Files.readString(prod.resolve("404.html")).contains("<h1>404 - 🤔</h1>"), "overwrites/404.html");
  }

  @Test
  void datesAndContributorsAreGitLogs() throws Exception {
    List<String> sample = new ArrayList<>(List.of("linux/concepts/maps.md", "index.md"));
    for (int i = 0; i < pages.size(); i += 80) {
      sample.add(pages.get(i));
    }
    sample.remove("compat/index.md");
    for (String page : sample) {
      String file = "docs/" + page;
      String updated = Corpus.git(clone, "log", "-1", "--format=%at", "--", file).strip();
      List<String> follow = Corpus.git(clone, "log", "--follow", "--format=%at %ae", "--", file).lines().toList();
      String created = follow.get(follow.size() - 1).split(" ")[0];
      String html = html(prod, page);
      assertTrue(html.contains("Last update: <time datetime=\"" + isoDay(updated) + "\">" + longDay(updated) + "</time>"),
          page + " last update " + longDay(updated));
      assertTrue(html.contains("Created: <time datetime=\"" + isoDay(created) + "\">" + longDay(created) + "</time>"),
          page + " created " + longDay(created));
      Set<String> authors = new TreeSet<>(follow.stream().map(l -> l.split(" ")[1].toLowerCase(Locale.ROOT)).toList());
      assertEquals(authors.size(), count(html, "class=\"contributor\""), page + ": one badge per author " + authors);
    }
  }

  @Test
  void everyPageHasACardAndIsInTheSitemap() throws Exception {
    String sitemap = Files.readString(prod.resolve("sitemap.xml"));
    assertEquals(pages.size(), count(sitemap, "<url>"));
    assertTrue(Files.exists(prod.resolve("sitemap.xml.gz")));
    Pattern image = Pattern.compile("<meta property=\"og:image\" content=\"https://docs\\.ebpf\\.io/([^\"]+)\">");
    for (String page : pages) {
      assertTrue(sitemap.contains("<loc>https://docs.ebpf.io/" + SitePaths.pageDir(page) + "</loc>"), page);
      Matcher m = image.matcher(html(prod, page));
      assertTrue(m.find(), page + " has og:image");
      assertEquals(List.of(1200, 630), size(prod.resolve(m.group(1))), page);
    }
  }

  @Test
  void withoutProdNoneOfTheProductionParts() throws Exception {
    String maps = html(plain, "linux/concepts/maps.md");
    for (String part : List.of("Last update", "class=\"contributor\"", "og:image", "googletagmanager")) {
      assertFalse(maps.contains(part), part);
    }
    assertFalse(Files.exists(plain.resolve("assets/images/social")));
    assertFalse(Files.readString(plain.resolve("sitemap.xml")).contains("<lastmod>"));
  }

  private static List<Integer> size(Path png) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        assertEquals("png", reader.getFormatName().toLowerCase(Locale.ROOT));
        return List.of(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String isoDay(String epoch) {
    return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(Long.parseLong(epoch)));
  }

  private static String longDay(String epoch) {
    return LONG_DATE.format(Instant.ofEpochSecond(Long.parseLong(epoch)));
  }
}
