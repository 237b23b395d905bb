package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small page per rule where the renderer follows Python-Markdown rather than CommonMark (issue 18). */
class RenderFidelityTest {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

  private static String html(String markdown) {
    return MARKDOWN.render(MARKDOWN.parse(markdown, "guide/page.md"));
  }

  @Test
  void bracketsWithoutDefinitionStayText() {
    assertEquals("<p>Magic [ 254, 4, 0 ] at data[0], range [1..10000], [text][nodef].</p>\n",
        html("Magic [ 254, 4, 0 ] at data[0], range [1..10000], [text][nodef].\n"));
    assertEquals("<p><a href=\"../x/index.html\">defined</a></p>\n", html("[defined]\n\n[defined]: x.md\n"));
  }

  @Test
  void linkCheckReportsOnlyReferencesWrittenAsLinks() throws Exception {
    PageRenderer renderer = new PageRenderer(MARKDOWN);
    PageModel page = renderer.render("guide/page.md", "# T\n\ndata[0] and [a] stay text.\n\nSee [the map][maps] or [this][].\n")
        .model();
    List<String> problems = LinkCheck.check(Map.of(page.path(), page), Set.of()).stream()
        .map(LinkProblem::toString).toList();
    assertEquals(List.of(
        "docs/guide/page.md:5: link '[the map][maps]': no link definition for this reference; add one ([ref]: url) "
            + "or drop the brackets",
        "docs/guide/page.md:5: link '[this][]': no link definition for this reference; add one ([ref]: url) "
            + "or drop the brackets"), problems);
  }

  @Test
  void bracesInProseAreNoAttributeList() {
    assertEquals("<p>a three part {major}.{minor}.{patch} version</p>\n",
        html("a three part {major}.{minor}.{patch} version\n"));
    assertEquals("<h2 id=\"x\">Title</h2>\n", html("## Title {#x}\n"));
    assertEquals("<p><img src=\"../d.svg\" alt=\"D\" class=\"white\" /></p>\n", html("![D](d.svg){class=white}\n"));
    assertTrue(html("Text `code` {.c} end\n").contains("{.c} end"), "a space between element and list: text");
  }

  @Test
  void admonitionTitlesAreInlineMarkdown() {
    assertEquals("<details class=\"admonition abstract\"><summary><code>union bpf_iter_link_info</code> C structure"
        + "</summary>\n<p>body</p>\n</details>\n",
        html("??? abstract \"`union bpf_iter_link_info` C structure\"\n    body\n"));
    assertEquals("<div class=\"admonition note\"><p class=\"admonition-title\">A <em>b</em> &amp; c</p>\n<p>x</p>\n</div>\n",
        html("!!! note \"A *b* & c\"\n    x\n"));
  }

  @Test
  void footnotesNumberedByDefinitionWithBackLinksInTheLastParagraph() {
    String out = html("A[^b] B[^a] C[^b].\n\n[^a]: Alpha\n[^b]: Beta\n\n    more beta\n");
    assertTrue(out.startsWith("<p>A<sup id=\"fnref:b\"><a class=\"footnote-ref\" href=\"#fn:b\">2</a></sup> "
        + "B<sup id=\"fnref:a\"><a class=\"footnote-ref\" href=\"#fn:a\">1</a></sup> "
        + "C<sup id=\"fnref2:b\"><a class=\"footnote-ref\" href=\"#fn:b\">2</a></sup>.</p>"), out);
    assertTrue(out.contains("<li id=\"fn:b\">\n<p>Beta</p>\n<p>more beta&#160;<a class=\"footnote-backref\" "
        + "href=\"#fnref:b\" title=\"Jump back to footnote 2 in the text\">&#8617;</a><a class=\"footnote-backref\" "
        + "href=\"#fnref2:b\" title=\"Jump back to footnote 2 in the text\">&#8617;</a></p>\n</li>"), out);
  }

  @Test
  void frontMatterTitleBecomesTheH1AndTheHomePageTitleIsTheSiteName(@TempDir Path root) throws Exception {
    Path docs = Files.createDirectories(root.resolve("docs"));
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* [Timeline](timeline.md)\n");
    Files.writeString(docs.resolve("index.md"), "# Test Docs\n\nWelcome.\n");
    Files.writeString(docs.resolve("timeline.md"), "---\ntitle: eBPF Timeline\n---\n\n## v7.1\n");
    new SiteBuilder(new SiteSettings(docs, root.resolve("site"), "Test Docs", "", "", false, 1), MARKDOWN, line -> { })
        .build();
    String home = Files.readString(root.resolve("site/index.html"));
    assertTrue(home.contains("<title>Test Docs</title>"), home);
    String timeline = Files.readString(root.resolve("site/timeline/index.html"));
    assertTrue(timeline.contains("<title>eBPF Timeline - Test Docs</title>"), timeline);
    assertTrue(timeline.contains("<article class=\"md\">\n<h1>eBPF Timeline</h1>\n<h2 id=\"v71\">v7.1</h2>"), timeline);
  }

  @Test
  void listItemOpeningWithGreaterOrEqualIsNoQuote() {
    assertEquals("<p>Return:</p>\n<ul>\n<li>a bit</li>\n<li>&gt;= <code>num_cpus</code> if none</li>\n</ul>\n",
        html("Return:\n* a bit\n* >= `num_cpus` if none\n"));
    assertEquals("<blockquote>\n<p>quoted</p>\n</blockquote>\n", html("> quoted\n"));
  }

  @Test
  void abbreviationsApplyInLinkText() {
    assertEquals("<p><a href=\"../x/index.html\"><abbr title=\"BPF Type Format\">BTF</abbr> data</a> and "
        + "<abbr title=\"BPF Type Format\">BTF</abbr></p>\n", html("[BTF data](x.md) and BTF\n\n*[BTF]: BPF Type Format\n"));
  }

  @Test
  void underscoresPairAsInPythonMarkdown() {
    assertEquals("<p>the same set of _optname_s as <strong>TCP_BPF_</strong>* is</p>\n",
        html("the same set of _optname_s as **TCP_BPF_*** is\n"));
    assertEquals("<p>set __sk_buff-&gt;tstamp then bpf_redirect_<em>() and bpf_redirect_</em>() to it</p>\n",
        html("set __sk_buff->tstamp then bpf_redirect_*() and bpf_redirect_*() to it\n"));
    assertEquals("<p><em>tstamp_type</em> and <strong>bold</strong></p>\n", html("_tstamp_type_ and __bold__\n"));
  }

  @Test
  void codeBlockTabsExpandToFourColumnStopsAndTrailingBlankLinesGo() {
    assertEquals("<div class=\"highlight\"><pre><code>int x;\n    y;  z\n</code></pre></div>\n",
        html("```\nint\tx;\n\ty;\tz\n\n\n```\n"));
  }

  @Test
  void navLabelShowsTheTextOfInlineHtml() {
    assertEquals("Printf <code>bpf_printk</code> macros", io.ebpfdocs.site.nav.SiteNav.titleHtml(
        "<nospell>Printf</nospell> `bpf_printk` macros"));
    assertEquals("Printf macros", io.ebpfdocs.site.nav.SiteNav.titleText("<nospell>Printf macros</nospell>"));
  }
}
