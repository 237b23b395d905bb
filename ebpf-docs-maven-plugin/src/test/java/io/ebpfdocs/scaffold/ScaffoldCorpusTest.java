package io.ebpfdocs.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.compat.Kind;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.registry.Generators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code scaffold} on copies of the real tree. */
class ScaffoldCorpusTest {
  /** The bundled module's small libbpf: it holds bpf_map_lookup_elem's definition. */
  private static final Path LIBBPF = Path.of("../ebpf-docs-site/tools/libbpf").toAbsolutePath().normalize();
  private static final String HELPER = "linux/helper-function/bpf_map_lookup_elem.md";
  private static final String KFUNC = "linux/kfuncs/bpf_task_release.md";
  private static final Pattern REGION = Pattern.compile("(?s)<!-- \\[(\\w+)\\](?:\\([^)]*\\))? -->(.*?)<!-- \\[/\\1\\] -->");

  @Test
  void onTheUntouchedTreeItCreatesNothing() throws Exception {
    Path tree = Corpus.copy("scaffold-untouched");
    var before = Corpus.snapshot(tree);
    assertEquals(List.of(), Scaffold.run(DocsSettings.forRoot(tree), false));
    assertTrue(before.keySet().equals(Corpus.snapshot(tree).keySet()));
  }

  @Test
  void deletedPagesComeBackAndGenerateFillsEveryRegion() throws Exception {
    Path tree = Corpus.copy("scaffold-deleted");
    Path docs = tree.resolve("docs");
    Files.delete(docs.resolve(HELPER));
    Files.delete(docs.resolve(KFUNC));
    Path kfuncSummary = docs.resolve("linux/kfuncs/SUMMARY.md");
    String summary = Files.readString(kfuncSummary);
    String withoutKfunc = summary.replace("  - [`bpf_task_release`](bpf_task_release.md)\n", "");
    assertTrue(withoutKfunc.length() < summary.length());
    Files.writeString(kfuncSummary, withoutKfunc);
    DocsSettings settings = DocsSettings.forRoot(tree);

    List<Scaffold.NewPage> planned = Scaffold.run(settings, true);
    assertEquals(List.of(
        new Scaffold.NewPage(Kind.HELPER, "bpf_map_lookup_elem", HELPER, Optional.empty()),
        new Scaffold.NewPage(Kind.KFUNC, "bpf_task_release", KFUNC, Optional.of("linux/kfuncs/SUMMARY.md"))), planned);
    assertFalse(Files.exists(docs.resolve(HELPER)), "a dry run writes nothing");

    assertEquals(planned, Scaffold.run(settings, false));
    assertEquals(summary, Files.readString(kfuncSummary), "back after bpf_task_acquire, its neighbour in the data");
    String helperPage = Files.readString(docs.resolve(HELPER));
    assertTrue(helperPage.startsWith("---\ntitle: \"Helper Function 'bpf_map_lookup_elem'\"\n"));
    assertTrue(helperPage.contains("<!-- [HELPER_FUNC_MAP_REF] -->"), "the helper works with map types");
    assertFalse(Files.readString(docs.resolve(KFUNC)).contains("{{"));

    // KFUNC_DEF needs kernel BTF that has the kfunc: the pinned one.
    DocsRun.run(settings.withOption(Options.LIBBPF, LIBBPF.toString())
        .withOption(Options.BTF, Corpus.pinnedBtf().toString()), Generators.all(), List.of(), DocsRun.Mode.WRITE);
    for (String page : List.of(HELPER, KFUNC)) {
      String text = Files.readString(docs.resolve(page), StandardCharsets.UTF_8);
      Matcher regions = REGION.matcher(text);
      int count = 0;
      while (regions.find()) {
        count++;
        assertFalse(regions.group(2).isBlank(), page + ": " + regions.group(1) + " filled:\n" + text);
      }
      assertEquals(page.equals(HELPER) ? 4 : 3, count, page + " regions:\n" + text);
    }
    assertEquals(List.of(), Scaffold.run(settings, false), "a second run creates nothing");
  }

  @Test
  void aTemplateOfTheTreeReplacesTheBuiltInOne() throws Exception {
    Path tree = Corpus.copy("scaffold-template");
    Files.delete(tree.resolve("docs/linux/map-type/BPF_MAP_TYPE_RINGBUF.md"));
    Files.createDirectories(tree.resolve("scaffold"));
    Files.writeString(tree.resolve("scaffold/map-type.md"), "# Map `{{name}}`\n{{#helpers}}\nhelpers\n{{/helpers}}\nend\n");
    Scaffold.run(DocsSettings.forRoot(tree), false);
    assertEquals("# Map `BPF_MAP_TYPE_RINGBUF`\nhelpers\nend\n",
        Files.readString(tree.resolve("docs/linux/map-type/BPF_MAP_TYPE_RINGBUF.md")));
  }
}
