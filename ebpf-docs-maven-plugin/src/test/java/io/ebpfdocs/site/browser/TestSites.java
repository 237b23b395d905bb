package io.ebpfdocs.site.browser;

import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Sites the browser tests open, each built into its own folder under target/. */
final class TestSites {
  private static final String CORPUS_FOLDER = "corpus-browser-site";
  private TestSites() {}

  /** The bundled docs module (ebpf-docs-site/docs), with edit and repository links; skips when it is absent. */
  static Path bundled(String folder) throws Exception {
    Path docs = Path.of(System.getProperty("ebpfdocs.siteModule", "../ebpf-docs-site"), "docs");
    Assumptions.assumeTrue(Files.isDirectory(docs), "bundled docs not found at " + docs + "; skipping");
    return build(docs, folder, "https://example.org/edit/main/docs/", "https://example.org/repo");
  }

  private static Path corpusSite;

  /**
   * The site of a copy of the real tree (see {@link Corpus}) with its JSON API, as {@code ebpfdocs:site}
   * writes them; built once and shared by the browser tests of the real tree. Skips when the tree is absent.
   */
  static synchronized Path corpus() throws Exception {
    if (corpusSite == null) {
      Path root = Corpus.copy(CORPUS_FOLDER);
      Path site = build(root.resolve("docs"), CORPUS_FOLDER, "", "");
      ApiFiles.export(DocsSettings.forRoot(root), site.resolve(ApiFiles.SITE_FOLDER));
      corpusSite = site;
    }
    return corpusSite;
  }

  private static Path build(Path docs, String folder, String editUrl, String repoUrl) throws Exception {
    Path site = Path.of("target", folder).toAbsolutePath();
    new SiteBuilder(new SiteSettings(docs, site, "eBPF Docs", editUrl, repoUrl, false, 2), new MarkdownRenderer(),
        line -> { }).build();
    return site;
  }
}
