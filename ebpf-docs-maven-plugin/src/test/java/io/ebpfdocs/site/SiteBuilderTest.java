package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
  @TempDir
  Path root;
  Path docs;
  Path out;

  @BeforeEach
  void tree() throws Exception {
    docs = Files.createDirectories(root.resolve("docs"));
    out = root.resolve("site");
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* Helpers\n  * [`bpf_ringbuf_output`](h/bpf_ringbuf_output.md)\n");
    Files.writeString(docs.resolve("index.md"), "---\ntitle: Start\n---\n# Start\n\nSee [the helper](h/bpf_ringbuf_output.md#usage).\n"
        + "Broken: [nowhere](missing.md) and [bad anchor](h/bpf_ringbuf_output.md#nope).\n");
    Files.createDirectories(docs.resolve("h"));
    Files.writeString(docs.resolve("h/bpf_ringbuf_output.md"), "---\ndescription: Ring buffer output\nhide: [toc]\n---\n"
        + "# Helper `bpf_ringbuf_output`\n\n## Usage\n\nCopies data into a ring buffer.\n\n![img](../img/a.png)\n");
    Files.createDirectories(docs.resolve("img"));
    Files.write(docs.resolve("img/a.png"), new byte[] {1, 2, 3});
  }

  private SiteBuilder.Result build(boolean strict) throws Exception {
    return new SiteBuilder(new SiteSettings(docs, out, "Test Docs", "https://example.org/edit/main/docs/",
        "https://example.org/repo", strict, 2), new MarkdownRenderer(), line -> { }).build();
  }

  @Test
  void writesPagesNavSearchAssetsAnd404() throws Exception {
    SiteBuilder.Result result = build(false);
    assertEquals(2, result.pages());
    String helper = Files.readString(out.resolve("h/bpf_ringbuf_output/index.html"));
    assertTrue(helper.contains("<title>Helper bpf_ringbuf_output - Test Docs</title>"), helper);
    assertTrue(helper.contains("href=\"https://example.org/edit/main/docs/h/bpf_ringbuf_output.md\""));
    assertTrue(helper.contains("<img src=\"../../img/a.png\""), helper);
    assertTrue(helper.contains("src=\"../../assets/ebpfdocs/nav.js\""));
    assertFalse(helper.contains("class=\"toc\""), "hide: toc");
    assertFalse(helper.contains("bpf_ringbuf_output</code></a></li>"), "nav must not be inlined");
    assertTrue(helper.contains("rel=\"prev\" href=\"../../index.html\""), helper);
    String home = Files.readString(out.resolve("index.html"));
    assertTrue(home.contains("<a href=\"h/bpf_ringbuf_output/index.html#usage\">"), home);
    assertTrue(home.contains("class=\"toc\""));
    assertTrue(Files.readString(out.resolve("assets/ebpfdocs/nav.js")).contains("\"h/bpf_ringbuf_output/\""));
    String search = Files.readString(out.resolve("assets/ebpfdocs/search_index.js"));
    assertTrue(search.contains("[\"h/bpf_ringbuf_output/\",\"bpf_ringbuf_output\",\"Helpers\"]"), search);
    assertTrue(search.contains("\"usage\",\"Usage\",\"Copies data into a ring buffer. img\""), search);
    assertTrue(Files.exists(out.resolve("404.html")));
    assertTrue(Files.exists(out.resolve("img/a.png")));
    assertFalse(Files.exists(out.resolve("SUMMARY/index.html")), "SUMMARY.md is navigation, not a page");
  }

  @Test
  void addsTheCompatibilityExplorerAtTheTopOfTheNavigation() throws Exception {
    assertEquals(2, build(false).pages(), "the explorer is the site's page, not one of the tree's");
    String explorer = Files.readString(out.resolve("compat/index.html"));
    assertTrue(explorer.contains("<title>Compatibility explorer - Test Docs</title>"), explorer);
    assertTrue(explorer.contains("<select id=\"compat-kernel\" disabled>"), explorer);
    assertTrue(explorer.contains("<script src=\"../assets/ebpfdocs/explorer.js\"></script>"), explorer);
    assertFalse(explorer.contains("edit/main/docs/compat"), "no edit link: the page has no source in the tree");
    assertTrue(Files.exists(out.resolve("assets/ebpfdocs/explorer.js")));
    assertTrue(Files.readString(out.resolve("assets/ebpfdocs/nav.js")).endsWith(",[\"Compatibility explorer\",\"compat/\"]];\n"),
        "last top-level entry");
    assertTrue(Files.readString(out.resolve("assets/ebpfdocs/search_index.js"))
        .contains("[\"compat/\",\"Compatibility explorer\",\"Compatibility explorer\"]"),
        "search labels the explorer by its navigation entry, not by its folder");
  }

  @Test
  void aPageOfTheTreeAtTheExplorersAddressWins() throws Exception {
    Files.writeString(docs.resolve("compat.md"), "# Our compatibility notes\n");
    assertEquals(3, build(false).pages());
    assertTrue(Files.readString(out.resolve("compat/index.html")).contains("Our compatibility notes"));
    assertFalse(Files.readString(out.resolve("assets/ebpfdocs/nav.js")).contains("Compatibility explorer"));
  }

  @Test
  void linkCheckListsPageAndLine() throws Exception {
    List<String> problems = build(false).problems().stream().map(LinkProblem::toString).toList();
    assertEquals(List.of(
        "docs/index.md:7: link 'h/bpf_ringbuf_output.md#nope': no anchor '#nope' in docs/h/bpf_ringbuf_output.md",
        "docs/index.md:7: link 'missing.md' points to missing page docs/missing.md"),
        problems);
  }

  @Test
  void strictFailsOnBrokenLinks() {
    DocsException e = assertThrows(DocsException.class, () -> build(true));
    assertTrue(e.getMessage().contains("docs/index.md:7"), e.getMessage());
  }

  @Test
  void secondRunRewritesNothing() throws Exception {
    build(false);
    Path page = out.resolve("index.html");
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(page, old);
    build(false);
    assertEquals(old, Files.getLastModifiedTime(page));
  }
}
