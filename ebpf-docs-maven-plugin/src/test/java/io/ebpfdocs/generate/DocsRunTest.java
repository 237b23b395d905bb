package io.ebpfdocs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsRun.Outcome;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsRunTest {
  private static final String MAP_PAGE = "linux/map-type/BPF_MAP_TYPE_HASH.md";
  private static final String HASH_TAG =
      "\n[:octicons-tag-24: v3.19](https://github.com/torvalds/linux/commit/0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475)\n";

  @TempDir Path dir;
  DocsTree tree;
  DocsSettings settings;

  @BeforeEach
  void fixture() {
    tree = new DocsTree(dir)
        .data("feature-versions.yaml", """
            - name: program_types
              features:
                - {name: BPF_PROG_TYPE_XDP, version: v4.8, commit: 6a773a15a1e8874e5eccd2f29190c31085912c95}
            - name: map_types
              features:
                - {name: BPF_MAP_TYPE_HASH, version: v3.19, commit: 0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475}
            """)
        .data("helpers-functions.yaml", """
            programs:
              BPF_PROG_TYPE_XDP:
              - name: bpf_map_lookup_elem
            maps:
              BPF_MAP_TYPE_HASH:
              - name: bpf_map_lookup_elem
            """)
        .page("linux/program-type/BPF_PROG_TYPE_XDP.md", "# XDP\n<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\n"
            + "<!-- [/FEATURE_TAG] -->\n<!-- [PROG_HELPER_FUNC_REF] -->\n<!-- [/PROG_HELPER_FUNC_REF] -->\n")
        .page(MAP_PAGE, "<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) --><!-- [/FEATURE_TAG] -->\n"
            + "<!-- [MAP_HELPER_FUNC_REF] -->\n<!-- [/MAP_HELPER_FUNC_REF] -->\n")
        .page("linux/helper-function/bpf_map_lookup_elem.md", "<!-- [HELPER_FUNC_PROG_REF] -->\n"
            + "<!-- [/HELPER_FUNC_PROG_REF] -->\n<!-- [HELPER_FUNC_MAP_REF] -->\n<!-- [/HELPER_FUNC_MAP_REF] -->\n");
    settings = DocsSettings.forRoot(dir);
  }

  @Test
  void generateThenCheckFindsNothingStaleAndASecondGenerateWritesNothing() throws Exception {
    tree.age();
    Outcome generated = DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE);
    // The libbpf and MTU generators run too: no page of this tree has their regions, so they change nothing.
    assertEquals(List.of("gen-helper-refs", "gen-feature-tags", "scrape-helper-defs", "gen-libbpf-tags", "gen-mtu-table"), generated.ran());
    assertEquals(List.of(), generated.warnings());
    assertEquals(4, generated.written());
    assertEquals("3 pages read, 7 regions regenerated, 4 pages written, 0 warnings"
        + " (gen-helper-refs, gen-feature-tags, scrape-helper-defs, gen-libbpf-tags, gen-mtu-table; not run: gen-kfunc-refs)",
        generated.summary(Mode.WRITE));
    assertEquals("<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) -->" + HASH_TAG + "<!-- [/FEATURE_TAG] -->\n"
        + "<!-- [MAP_HELPER_FUNC_REF] -->\n * [`bpf_map_lookup_elem`](../helper-function/bpf_map_lookup_elem.md)\n"
        + "<!-- [/MAP_HELPER_FUNC_REF] -->\n", tree.page(MAP_PAGE));

    Outcome checked = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of(), checked.changes());
    assertEquals("", checked.staleReport(20));
    assertEquals("4 pages read, 7 regions regenerated, 0 stale pages, 0 warnings"
        + " (gen-helper-refs, gen-feature-tags, scrape-helper-defs, gen-libbpf-tags, gen-mtu-table; not run: gen-kfunc-refs)",
        checked.summary(Mode.CHECK));

    tree.age();
    Map<String, String> settled = tree.snapshot();
    Outcome again = DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE);
    assertEquals(0, again.written());
    assertEquals(settled, tree.snapshot());
  }

  @Test
  void checkListsStalePagesWithRegionsAndDiffAndWritesNothing() throws Exception {
    DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE);
    String stale = tree.page(MAP_PAGE).replace(HASH_TAG, "\nold tag\n");
    tree.page(MAP_PAGE, stale).age();
    Map<String, String> before = tree.snapshot();

    Outcome checked = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of(new PageChange(MAP_PAGE, stale, stale.replace("\nold tag\n", HASH_TAG))), checked.changes());
    assertEquals(0, checked.written());
    String shown = "docs/" + MAP_PAGE;
    assertEquals(shown + ": FEATURE_TAG (line 1)\n"
        + "--- " + shown + "\n+++ " + shown + " (generated)\n"
        + "@@ -1,4 +1,4 @@\n <!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) -->\n-old tag\n"
        + "+[:octicons-tag-24: v3.19](https://github.com/torvalds/linux/commit/0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475)\n"
        + " <!-- [/FEATURE_TAG] -->\n <!-- [MAP_HELPER_FUNC_REF] -->\n", checked.staleReport(20));
    assertEquals(before, tree.snapshot());
  }

  @Test
  void checkShowsANewPageAsAnAdditionFromLineZero() throws Exception {
    Outcome checked = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of("linux/helper-function/bpf_map_lookup_elem.md", MAP_PAGE,
        "linux/program-type/BPF_PROG_TYPE_XDP.md", "linux/timeline/index.md"),
        checked.changes().stream().map(PageChange::path).toList());
    String report = checked.staleReport(3);
    String timeline = "docs/linux/timeline/index.md: timeline\n--- docs/linux/timeline/index.md\n"
        + "+++ docs/linux/timeline/index.md (generated)\n@@ -0,0 +1,13 @@\n+---\n+title: eBPF Timeline\n… 11 more lines\n";
    assertEquals(timeline, report.substring(report.indexOf("docs/linux/timeline/index.md: ")));
    assertEquals(false, java.nio.file.Files.exists(tree.docs().resolve("linux/timeline/index.md")));
  }

  @Test
  void strictModeFailsOnAWarningListingItAndWritesNothing() throws Exception {
    tree.page("linux/syscall/BPF_PROG_LOAD.md", "<!-- [FEATURE_TAG](NOT_IN_DATA) --><!-- [/FEATURE_TAG] -->").age();
    Map<String, String> before = tree.snapshot();
    DocsException e = assertThrows(DocsException.class,
        () -> DocsRun.run(settings.withStrict(true), Generators.all(), List.of(), Mode.WRITE));
    assertEquals("1 problem(s) in strict mode, nothing written:\n"
        + "  data/feature-versions.yaml: FEATURE_TAG names missing from the data, tagged 'unknown': "
        + "NOT_IN_DATA (docs/linux/syscall/BPF_PROG_LOAD.md:1); add them to data/feature-versions.yaml\n"
        + "Fix them, accept them in data/ebpfdocs-baseline.txt (-Debpfdocs.baseline.update=true writes it),"
        + " or run without -Debpfdocs.strict=true to only warn.", e.getMessage());
    assertEquals(before, tree.snapshot());
  }

  @Test
  void strictModeFailsOnlyOnWarningsTheBaselineDoesNotAccept() throws Exception {
    tree.page("linux/syscall/BPF_PROG_LOAD.md", "\n<!-- [FEATURE_TAG](NOT_IN_DATA) --><!-- [/FEATURE_TAG] -->").age();
    Outcome accepted = DocsRun.run(settings.withOption(Options.BASELINE_UPDATE, "true"), Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of("data/ebpfdocs-baseline.txt written: 1 accepted warning(s)"), accepted.baselineNotes());
    String baseline = java.nio.file.Files.readString(tree.data().resolve("ebpfdocs-baseline.txt"));
    assertTrue(baseline.endsWith("\ndata/feature-versions.yaml: FEATURE_TAG names missing from the data, tagged 'unknown':"
        + " NOT_IN_DATA (docs/linux/syscall/BPF_PROG_LOAD.md); add them to data/feature-versions.yaml\n"), baseline);

    tree.page("linux/syscall/BPF_PROG_LOAD.md", "\n\n\n<!-- [FEATURE_TAG](NOT_IN_DATA) --><!-- [/FEATURE_TAG] -->");
    Outcome moved = DocsRun.run(settings.withStrict(true), Generators.all(), List.of(), Mode.WRITE);
    assertEquals(List.of(), moved.newWarnings(), "a line number is not part of the key");
    assertEquals(List.of("1 warning(s) accepted by data/ebpfdocs-baseline.txt"), moved.baselineNotes());

    tree.page("linux/syscall/BPF_PROG_LOAD.md", "<!-- [FEATURE_TAG](NEW_NAME) --><!-- [/FEATURE_TAG] -->");
    DocsException e = assertThrows(DocsException.class,
        () -> DocsRun.run(settings.withStrict(true), Generators.all(), List.of(), Mode.WRITE));
    assertTrue(e.getMessage().startsWith("1 problem(s) in strict mode, nothing written:\n  data/feature-versions.yaml:"
        + " FEATURE_TAG names missing from the data, tagged 'unknown': NEW_NAME"), e.getMessage());
    Outcome gone = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals("1 entry of data/ebpfdocs-baseline.txt no longer produced (-Debpfdocs.baseline.update=true rewrites it):\n"
        + "  data/feature-versions.yaml: FEATURE_TAG names missing from the data, tagged 'unknown': NOT_IN_DATA"
        + " (docs/linux/syscall/BPF_PROG_LOAD.md); add them to data/feature-versions.yaml", gone.baselineNotes().get(0));
  }

  @Test
  void aStartMarkerWithoutItsStopFailsAfterTheOtherPagesAreWritten() throws Exception {
    tree.page("linux/syscall/BPF_PROG_LOAD.md", "# load\n<!-- [FEATURE_TAG](BPF_PROG_LOAD) -->\nold\n<!-- [/HELPER_FUNC_DEF] -->\n")
        .age();

    Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE);

    assertEquals(List.of(new Warning("docs/linux/syscall/BPF_PROG_LOAD.md", 2, "FEATURE_TAG start marker without a stop marker"
        + " (the next stop marker, <!-- [/HELPER_FUNC_DEF] -->, closes another region); left as it is;"
        + " repair the marker (or run with -Debpfdocs.check.damaged=warn while the tree is repaired)")),
        outcome.report().failures());
    assertTrue(tree.page(MAP_PAGE).contains(HASH_TAG), "the other pages are written");

    Outcome warned = DocsRun.run(settings.withOption(Options.CHECK_DAMAGED, "warn"), Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of(), warned.report().failures());
    assertEquals(2, warned.warnings().get(0).line());
  }

  @Test
  void aStrayStopMarkerStaysAWarning() throws Exception {
    tree.page("linux/syscall/BPF_PROG_LOAD.md", "# load\n<!-- [/FEATURE_TAG] -->\n").age();

    Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);

    assertEquals(List.of(), outcome.report().failures());
    assertEquals(List.of(new Warning("docs/linux/syscall/BPF_PROG_LOAD.md", 2, "FEATURE_TAG stop marker without a start marker;"
        + " left as it is")), outcome.warnings());
  }

  @Test
  void anUnknownDamagedModeIsRefused() {
    DocsException e = assertThrows(DocsException.class, () ->
        DocsRun.run(settings.withOption(Options.CHECK_DAMAGED, "ignore"), Generators.all(), List.of(), Mode.CHECK));
    assertEquals("-Debpfdocs.check.damaged=ignore is not valid; use fail or warn", e.getMessage());
  }

  @Test
  void pagesNoDataMentionsAreReported() throws Exception {
    tree.page("linux/program-type/BPF_PROG_TYPE_ORPHAN.md", "# orphan\n").page("linux/program-type/index.md", "# all\n");
    Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of(new Warning("docs/linux/program-type/BPF_PROG_TYPE_ORPHAN.md", 0,
        "no data file mentions this page; add it to the data in data/ (feature-versions.yaml,"
            + " helpers-functions.yaml or kfuncs.yaml) or remove the page")), outcome.warnings());
  }

  @Test
  void generatorsWithoutTheirDataDoNotRunAndOneCanBeChosen() throws Exception {
    tree.data("feature-versions.yaml", "[]\n");
    java.nio.file.Files.delete(tree.data().resolve("helpers-functions.yaml"));
    Outcome outcome = DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK);
    assertEquals(List.of("gen-feature-tags", "scrape-helper-defs", "gen-libbpf-tags", "gen-mtu-table"), outcome.ran());
    assertEquals(List.of("gen-helper-refs", "gen-kfunc-refs"), outcome.notRun());

    Outcome only = DocsRun.run(settings, Generators.all(), List.of("gen-helper-refs"), Mode.CHECK);
    assertEquals(List.of(), only.ran());
    assertEquals(List.of("gen-helper-refs"), only.notRun());
  }

  @Test
  void thePipelineRunsTheRegistryItIsGivenInItsOrder() throws Exception {
    List<String> calls = new java.util.ArrayList<>();
    List<GeneratorFactory> registry = List.of(
        fake("second-in-name", calls), fake("absent", null), fake("first-in-name", calls));
    Outcome outcome = DocsRun.run(settings, registry, List.of(), Mode.CHECK);
    assertEquals(List.of("second-in-name", "first-in-name"), outcome.ran());
    assertEquals(List.of("absent"), outcome.notRun());
    assertEquals(List.of("second-in-name", "first-in-name"), calls);
  }

  /** A generator that records its runs; with {@code calls} null, one whose inputs are absent. */
  private static GeneratorFactory fake(String name, List<String> calls) {
    return GeneratorFactory.of(name, (s, data, report) -> calls == null ? java.util.Optional.empty()
        : java.util.Optional.of(new Generator() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public void generate(io.ebpfdocs.pages.PageStore pages, io.ebpfdocs.report.Report r) {
            calls.add(name);
          }
        }));
  }

  @Test
  void unknownGeneratorAndMissingDocsFolderAreRefused() throws Exception {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> DocsRun.run(settings, Generators.all(), List.of("gen-nope"), Mode.CHECK));
    assertEquals("unknown generator gen-nope", unknown.getMessage());

    DocsSettings noDocs = DocsSettings.forRoot(dir.resolve("elsewhere"));
    DocsException missing = assertThrows(DocsException.class, () -> DocsRun.run(noDocs, Generators.all(), List.of(), Mode.WRITE));
    assertEquals("no docs folder at " + dir.resolve("elsewhere/docs")
        + "; run in a tree with docs/ and data/, or pass -Debpfdocs.root=DIR (or -Debpfdocs.docsDirectory=DIR)",
        missing.getMessage());
  }
}
