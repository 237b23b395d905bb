package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The whole real tree renders, and the link check finds exactly the anchors MkDocs reports broken. */
class CorpusSiteTest {
  @Test
  void wholeCorpusRenders() throws Exception {
    String corpus = System.getProperty("ebpfdocs.corpus", "");
    Path docs = Path.of(corpus.isEmpty() ? "/nonexistent" : corpus, "docs");
    Assumptions.assumeTrue(Files.isDirectory(docs), "ebpf-docs corpus not found at " + docs + "; skipping");
    Path out = Path.of("target", "corpus-site");
    SiteBuilder.Result result = new SiteBuilder(new SiteSettings(docs, out, "eBPF Docs", "", "", false, 2),
        new MarkdownRenderer(), line -> { }).build();
    assertEquals(1195, result.pages(), "1,207 Markdown files minus 12 SUMMARY.md");
    assertEquals(List.of(
        "docs/linux/syscall/BPF_BTF_LOAD.md:27: link '#btf_log_true_size': no anchor '#btf_log_true_size' in "
            + "docs/linux/syscall/BPF_BTF_LOAD.md",
        "docs/meta.md:84: link '#codeblocks': no anchor '#codeblocks' in docs/meta.md"),
        result.problems().stream().map(LinkProblem::toString).toList());
    assertTrue(result.bytesWritten() < 110L * 1024 * 1024, "site must stay under 110 MiB");
  }
}
