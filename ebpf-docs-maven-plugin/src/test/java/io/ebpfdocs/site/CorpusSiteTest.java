package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole real tree renders, the link check finds exactly the anchors MkDocs reports broken, and the
 * pages where the renderer once differed from MkDocs read as MkDocs renders them (issue 18).
 */
class CorpusSiteTest {
  private static final Path OUT = Path.of("target", "corpus-site");
  private static SiteBuilder.Result result;

  @BeforeAll
  static void build() throws Exception {
    String corpus = System.getProperty("ebpfdocs.corpus", "");
    Path docs = Path.of(corpus.isEmpty() ? "/nonexistent" : corpus, "docs");
    Assumptions.assumeTrue(Files.isDirectory(docs), "ebpf-docs corpus not found at " + docs + "; skipping");
    result = new SiteBuilder(new SiteSettings(docs, OUT, "eBPF Docs", "", "", false, 2),
        new MarkdownRenderer(), line -> { }).build();
  }

  @Test
  void wholeCorpusRenders() {
    assertEquals(1195, result.pages(), "1,207 Markdown files minus 12 SUMMARY.md");
    assertEquals(List.of(
        "docs/linux/syscall/BPF_BTF_LOAD.md:27: link '#btf_log_true_size': no anchor '#btf_log_true_size' in "
            + "docs/linux/syscall/BPF_BTF_LOAD.md",
        "docs/meta.md:84: link '#codeblocks': no anchor '#codeblocks' in docs/meta.md"),
        result.problems().stream().map(LinkProblem::toString).toList(),
        "no undefined reference either: the tree's bracketed text ([1..10000], data[0]) is not a link");
    assertTrue(result.bytesWritten() < 110L * 1024 * 1024, "site must stay under 110 MiB");
  }

  @Test
  void bracketsWithoutLinkDefinitionStayText() throws Exception {
    assertTrue(article("linux/helper-function/bpf_load_hdr_opt").contains("should be [ 254, 4, 0xeB, 0x9F, 0, 0, .... 0 ]."));
    assertTrue(article("linux/map-type/BPF_MAP_TYPE_LPM_TRIE").contains("so data[0] stores"));
    assertTrue(article("linux/program-type/BPF_PROG_TYPE_STRUCT_OPS/sched_ext_ops")
        .contains("The weight of the cGroup [1..10000]."));
  }

  @Test
  void bracesInProseStay() throws Exception {
    assertTrue(article("ebpf-library/libbpf/ebpf/KERNEL_VERSION").contains("three part {major}.{minor}.{patch} version"));
  }

  @Test
  void admonitionTitlesRenderInlineMarkdown() throws Exception {
    assertTrue(article("linux/syscall/BPF_LINK_CREATE")
        .contains("<summary><code>union bpf_iter_link_info</code> C structure</summary>"));
    assertTrue(article("linux/program-type/BPF_PROG_TYPE_CGROUP_SOCK_ADDR")
        .contains("<summary><code>BPF_CGROUP_INET4_BIND</code> and <code>BPF_CGROUP_INET6_BIND</code></summary>"));
    assertTrue(article("linux/program-type/BPF_PROG_TYPE_FLOW_DISSECTOR")
        .contains("<summary>c structure of <code>struct bpf_flow_keys</code></summary>"));
  }

  @Test
  void footnotesNumberedAsMkDocs() throws Exception {
    assertTrue(footnoteNumbers(article("linux/program-type")).startsWith("1 2 2 3 3 "), "first marker reads 1");
    // The XDP page's MTU table: Bond, TSN Endpoint and DPAA2 rows carry footnotes 4, 2 and 3.
    String xdp = footnoteNumbers(article("linux/program-type/BPF_PROG_TYPE_XDP"));
    assertTrue(xdp.startsWith("1 4 4 4 4 4 2 2 2 2 2 "), xdp);
    assertTrue(xdp.contains(" 2 3 3 3 3 3 "), xdp);
    assertTrue(article("linux/program-type/BPF_PROG_TYPE_XDP").contains("hardware may still apply.&#160;<a class=\"footnote-backref\""),
        "back-links end the footnote's paragraph");
  }

  @Test
  void frontMatterTitleIsTheH1AndTheHomeTitleTheSiteName() throws Exception {
    assertTrue(article("linux/timeline").startsWith("\n<h1>eBPF Timeline</h1>"));
    assertTrue(Files.readString(OUT.resolve("index.html")).contains("<title>eBPF Docs</title>"));
  }

  @Test
  void listItemKeepsGreaterOrEqual() throws Exception {
    assertTrue(article("linux/kfuncs/bpf_cpumask_any_distribute").contains("<li>&gt;= <code>num_cpus</code> if no bit is set.</li>"));
  }

  @Test
  void abbreviationsInEveryLinkText() throws Exception {
    String page = article("linux/syscall/BPF_MAP_CREATE");
    assertFalse(page.contains(">BTF</a>"), "no link text 'BTF' without its abbreviation");
    assertTrue(page.contains("<abbr title=\"BPF Type Format\">BTF</abbr></a>"));
  }

  @Test
  void kernelDocEmphasisAsPythonMarkdown() throws Exception {
    String getsockopt = article("linux/helper-function/bpf_getsockopt");
    assertTrue(getsockopt.contains("the same set of _optname_s that"), "no emphasis across the paragraph");
    assertTrue(getsockopt.contains("<strong>TCP_BPF_</strong>"));
    assertTrue(article("linux/helper-function/bpf_skb_set_tstamp").contains("time to __sk_buff-&gt;tstamp and then "
        + "bpf_redirect_<em>() to the egress of an iface.  For example, changing the (rcv) timestamp in "
        + "__sk_buff-&gt;tstamp at ingress to a mono delivery time and then bpf_redirect_</em>() to sch_fq@phy-dev."));
  }

  @Test
  void navLabelsShowTextNotTags() throws Exception {
    String nav = Files.readString(OUT.resolve(SiteAssets.NAV_SCRIPT));
    assertTrue(nav.contains("\"Printf macros\""), "the label's text");
    assertFalse(nav.contains("nospell"), "no tag shown");
  }

  @Test
  void codeBlocksExpandTabsAndEndWithoutBlankLine() throws Exception {
    for (Path page : List.of(OUT.resolve("linux/program-type/BPF_PROG_TYPE_XDP/index.html"),
        OUT.resolve("linux/helper-function/bpf_map_lookup_elem/index.html"))) {
      String html = Files.readString(page);
      Matcher code = Pattern.compile("<pre><code[^>]*>(.*?)</code></pre>", Pattern.DOTALL).matcher(html);
      while (code.find()) {
        assertFalse(code.group(1).contains("\t"), "a tab in a code block of " + page);
        assertFalse(code.group(1).endsWith("\n\n"), "a trailing blank line in a code block of " + page);
      }
    }
  }

  /** The article of a page, by its directory URL. */
  private static String article(String page) throws Exception {
    String html = Files.readString(OUT.resolve(page).resolve("index.html"));
    int start = html.indexOf("<article class=\"md\">") + "<article class=\"md\">".length();
    return html.substring(start, html.indexOf("</article>", start));
  }

  private static String footnoteNumbers(String html) {
    StringBuilder numbers = new StringBuilder();
    Matcher m = Pattern.compile("class=\"footnote-ref\" href=\"#fn:[^\"]*\">(\\d+)</a>").matcher(html);
    while (m.find()) {
      numbers.append(m.group(1)).append(' ');
    }
    return numbers.toString();
  }
}
