package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both libbpf generators through the registry, on a small tree and a libbpf folder of fixtures. */
class LibbpfGeneratorsTest {
  private static final String HELPERS = "docs/linux/helper-function/";
  private static final String USERSPACE = "docs/ebpf-library/libbpf/userspace/";
  private static final String DEF_START = "<!-- [HELPER_FUNC_DEF] -->\n";
  private static final String DEF_STOP = "<!-- [/HELPER_FUNC_DEF] -->\n";

  @TempDir Path root;
  private DocsSettings settings;

  @BeforeEach
  void tree() throws IOException {
    Path libbpf = root.resolve("libbpf");
    write(libbpf.resolve(LibbpfSource.HELPER_DEFS), Fixtures.text("fixture_helper_defs.h"));
    write(libbpf.resolve(LibbpfSource.VERSION_MAP), Fixtures.text("fixture_libbpf.map"));
    settings = DocsSettings.forRoot(root).withOption(Options.LIBBPF, libbpf.toString());

    page(HELPERS + "bpf_fixture_text.md", "# text\n\n" + DEF_START + "stale\n" + DEF_STOP + "\nafter\n");
    page(HELPERS + "bpf_fixture_old.md", "# old\n" + DEF_START + Fixtures.text("golden/bpf_fixture_old.md") + DEF_STOP);
    page(HELPERS + "bpf_fixture_code.md", "# hand-written\n\nmine\n" + DEF_STOP);
    page(HELPERS + "bpf_orphan.md", DEF_START + "kept\n" + DEF_STOP);
    page(HELPERS + "index.md", "# Helpers\n");
    page(USERSPACE + "fixture_open.md", "# open\n<!-- [LIBBPF_TAG] -->\nold\n<!-- [/LIBBPF_TAG] -->\n");
    page(USERSPACE + "fixture_attach.md", "<!-- [LIBBPF_TAG] --><!-- [/LIBBPF_TAG] -->\n\n"
        + "<!-- [LIBBPF_TAG] -->\n[commit](https://example.org)\n<!-- [/LIBBPF_TAG] -->\n");
    page(USERSPACE + "fixture_unknown.md", "<!-- [LIBBPF_TAG] -->\nx\n<!-- [/LIBBPF_TAG] -->\n");
  }

  @Test
  void helperDefinitionsFillTheirRegionsAndLeaveEverythingElse() throws Exception {
    DocsRun.Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(HelperDefGenerator.NAME), Mode.WRITE);

    assertEquals("# text\n\n" + DEF_START + Fixtures.text("golden/bpf_fixture_text.md") + DEF_STOP + "\nafter\n",
        read(HELPERS + "bpf_fixture_text.md"));
    assertEquals("# hand-written\n\nmine\n" + DEF_STOP, read(HELPERS + "bpf_fixture_code.md"));
    assertEquals(DEF_START + "kept\n" + DEF_STOP, read(HELPERS + "bpf_orphan.md"));
    assertEquals(1, outcome.written());

    List<String> warnings = outcome.warnings().stream().map(Warning::toString).toList();
    String header = root.resolve("libbpf").resolve(LibbpfSource.HELPER_DEFS).toString();
    assertTrue(warnings.contains(header + ": 2 helper(s) without a page in linux/helper-function/: bpf_fixture_list, bpf_fixture_bare;"
        + " 1 page(s) with a HELPER_FUNC_DEF region but no helper in the header, left as they are: bpf_orphan"
        + " (add the pages, or check the libbpf ref)"), String.join("\n", warnings));
    assertTrue(warnings.contains("docs/linux/helper-function/bpf_fixture_code.md:4: HELPER_FUNC_DEF stop marker without a start marker;"
        + " left as it is"), String.join("\n", warnings));
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith(header + ":") && w.contains("bpf_fixture_bare has no comment block")));
    assertTrue(warnings.stream().anyMatch(w -> w.contains("comment block is not closed")));
    assertEquals(0, DocsRun.run(settings, Generators.all(), List.of(HelperDefGenerator.NAME), Mode.WRITE).written(), "a second run writes nothing");
  }

  @Test
  void libbpfTagsFillTheFirstRegionOnly() throws Exception {
    DocsRun.Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(LibbpfTagGenerator.NAME), Mode.WRITE);

    assertEquals("# open\n<!-- [LIBBPF_TAG] -->" + LibbpfTag.render("0.0.1") + "<!-- [/LIBBPF_TAG] -->\n", read(USERSPACE + "fixture_open.md"));
    assertEquals("<!-- [LIBBPF_TAG] -->" + LibbpfTag.render("0.0.2") + "<!-- [/LIBBPF_TAG] -->\n\n"
        + "<!-- [LIBBPF_TAG] -->\n[commit](https://example.org)\n<!-- [/LIBBPF_TAG] -->\n", read(USERSPACE + "fixture_attach.md"));
    assertEquals("<!-- [LIBBPF_TAG] -->\nx\n<!-- [/LIBBPF_TAG] -->\n", read(USERSPACE + "fixture_unknown.md"));

    List<String> warnings = outcome.warnings().stream().map(Warning::toString).toList();
    assertTrue(warnings.contains(root.resolve("libbpf").resolve(LibbpfSource.VERSION_MAP)
        + ": 1 function(s) with a LIBBPF_TAG region are not in the map, left as they are: fixture_unknown"
        + " (fix the page names, or check the libbpf ref)"), String.join("\n", warnings));
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith("docs/ebpf-library/libbpf/userspace/fixture_attach.md:3: second LIBBPF_TAG")),
        String.join("\n", warnings));
  }

  @Test
  void withoutRegionsLibbpfIsNeverRead() throws Exception {
    DocsSettings nowhere = DocsSettings.forRoot(root).withOption(Options.LIBBPF, root.resolve("empty").toString());
    Files.createDirectories(root.resolve("empty"));
    Files.delete(root.resolve(HELPERS + "bpf_fixture_text.md"));
    Files.delete(root.resolve(HELPERS + "bpf_fixture_old.md"));
    Files.delete(root.resolve(HELPERS + "bpf_orphan.md"));
    DocsRun.Outcome outcome = DocsRun.run(nowhere, Generators.all(), List.of(HelperDefGenerator.NAME), Mode.CHECK);
    assertEquals(List.of(HelperDefGenerator.NAME), outcome.ran());
  }

  @Test
  void anUnconfiguredLibbpfOfflineWithoutCacheIsLeftOutWithAWarning() throws Exception {
    DocsSettings offline = DocsSettings.forRoot(root).withOption(Options.LIBBPF_CACHE, root.resolve("cache").toString());
    DocsRun.Outcome outcome = DocsRun.run(offline, Generators.all(), List.of(HelperDefGenerator.NAME, LibbpfTagGenerator.NAME), Mode.CHECK);
    assertEquals(List.of(HelperDefGenerator.NAME, LibbpfTagGenerator.NAME), outcome.notRun());
    assertTrue(outcome.warnings().get(0).message().startsWith("scrape-helper-defs not run: https://raw.githubusercontent.com/libbpf/libbpf/master/"
        + "src/bpf_helper_defs.h is not in the download cache"), outcome.warnings().get(0).message());
  }

  private void page(String path, String text) throws IOException {
    write(root.resolve(path), text);
  }

  private String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
