package io.ebpfdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.site.SiteSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The preview's page-at-a-time generation gives every page of the real tree exactly the text a
 * whole-tree {@code generate} gives it, here with data changed so that hundreds of pages differ.
 */
class GeneratedPagesConformanceTest {
  @Test
  void eachPageAloneIsGeneratedAsInTheWholeTree() throws Exception {
    Path tree = Corpus.copy("serve-generated");
    Path versions = tree.resolve("data/feature-versions.yaml");
    Files.writeString(versions, Files.readString(versions).replace("version: v5.", "version: v6."));
    DocsSettings settings = DocsSettings.forRoot(tree);
    Map<String, String> wholeTree = DocsRun.run(settings, Generators.all(), List.of(), DocsRun.Mode.CHECK).changes().stream()
        .collect(Collectors.toMap(PageChange::path, PageChange::after));
    assertTrue(wholeTree.size() > 100, "the data change reaches many pages: " + wholeTree.size());

    GeneratedPages generated = new GeneratedPages(settings);
    generated.load();
    SiteSources sources = SiteSources.scan(settings.docsDir());
    for (String page : sources.pages()) {
      if (sources.ownPages().containsKey(page)) {
        continue; // the site's own pages have no docs source
      }
      String expected = wholeTree.getOrDefault(page, Files.readString(settings.docsDir().resolve(page)));
      assertEquals(expected, generated.page(page, () -> {}).orElseThrow().text(), page);
    }
  }
}
