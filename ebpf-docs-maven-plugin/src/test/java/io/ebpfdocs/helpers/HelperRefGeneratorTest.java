package io.ebpfdocs.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Report.StaleRegion;
import io.ebpfdocs.report.Warning;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelperRefGeneratorTest {
  private static final String DATA = "data/helpers-functions.yaml";
  private static final String LINUX = "https://github.com/torvalds/linux/commit/";

  @TempDir Path dir;
  DocsTree tree;
  Report report = new Report();

  @BeforeEach
  void fixture() {
    tree = new DocsTree(dir).data(HelperFunctions.FILE, """
        groups:
          common:
          - name: bpf_b
          - name: bpf_a
            since: {version: 6.10, commit: c610}
        programs:
          PROG_A:
          - group: common
          - name: bpf_c
          PROG_B:
          - name: bpf_a
          - group: missing_group
        maps:
          MAP_M:
          - name: bpf_a
          - name: bpf_b
            since: {version: 5.8, commit: c58}
        """);
  }

  private PageStore run() throws Exception {
    HelperFunctions data = new DataFiles(tree.data(), "data/").helperFunctions().orElseThrow();
    PageStore pages = new PageStore(tree.docs(), report);
    new HelperRefGenerator(data, DATA, page -> "docs/" + page).generate(pages, report);
    return pages;
  }

  private static String region(String name, String content) {
    return "<!-- [" + name + "] -->\n" + content + "<!-- [/" + name + "] -->\n";
  }

  @Test
  void allFourMarkersWithSinceBadgesAndMissingPagesInOneWarning() throws Exception {
    tree.page("linux/program-type/PROG_A.md", "# A\r\n\r\n" + region("PROG_HELPER_FUNC_REF", "old\n") + "tail  ")
        .page("linux/map-type/MAP_M.md", "# M\n" + region("MAP_HELPER_FUNC_REF", ""))
        .page("linux/helper-function/bpf_a.md", "# a\n" + region("HELPER_FUNC_PROG_REF", "x\n") + "\n"
            + region("HELPER_FUNC_MAP_REF", "y\n"))
        .page("linux/helper-function/bpf_b.md", "# b\n" + region("HELPER_FUNC_MAP_REF", "") + region("HELPER_FUNC_PROG_REF", ""));
    PageStore pages = run();

    assertEquals("# A\r\n\r\n" + region("PROG_HELPER_FUNC_REF", """
        ??? abstract "Supported helper functions"
            * [`bpf_a`](../helper-function/bpf_a.md) [:octicons-tag-24: v6.10](%sc610)
            * [`bpf_b`](../helper-function/bpf_b.md)
            * [`bpf_c`](../helper-function/bpf_c.md)
        """.formatted(LINUX)) + "tail  ", pages.read("linux/program-type/PROG_A.md").orElseThrow());
    assertEquals("# M\n" + region("MAP_HELPER_FUNC_REF", """
         * [`bpf_a`](../helper-function/bpf_a.md)
         * [`bpf_b`](../helper-function/bpf_b.md) [:octicons-tag-24: v5.8](%sc58)
        """.formatted(LINUX)), pages.read("linux/map-type/MAP_M.md").orElseThrow());
    assertEquals("# a\n" + region("HELPER_FUNC_PROG_REF", """
         * [`PROG_A`](../program-type/PROG_A.md) [:octicons-tag-24: v6.10](%sc610)
         * [`PROG_B`](../program-type/PROG_B.md)
        """.formatted(LINUX)) + "\n" + region("HELPER_FUNC_MAP_REF", """
         * [`MAP_M`](../map-type/MAP_M.md)
        """), pages.read("linux/helper-function/bpf_a.md").orElseThrow());
    assertEquals("# b\n" + region("HELPER_FUNC_MAP_REF", """
         * [`MAP_M`](../map-type/MAP_M.md) [:octicons-tag-24: v5.8](%sc58)
        """.formatted(LINUX)) + region("HELPER_FUNC_PROG_REF", """
         * [`PROG_A`](../program-type/PROG_A.md)
        """), pages.read("linux/helper-function/bpf_b.md").orElseThrow());

    assertEquals(List.of(
        new Warning(DATA, 12, "unknown group 'missing_group' (counted as empty); define it under 'groups:' or fix the name"
            + " (known: common)"),
        new Warning(DATA, 0, "named in the data but without a page: docs/linux/program-type/PROG_B.md,"
            + " docs/linux/helper-function/bpf_c.md; add the pages (ebpfdocs:scaffold creates them from a template) or fix the names")), report.warnings());
    assertEquals(List.of(
        new StaleRegion("docs/linux/program-type/PROG_A.md", "PROG_HELPER_FUNC_REF", 3),
        new StaleRegion("docs/linux/map-type/MAP_M.md", "MAP_HELPER_FUNC_REF", 2),
        new StaleRegion("docs/linux/helper-function/bpf_a.md", "HELPER_FUNC_PROG_REF", 2),
        new StaleRegion("docs/linux/helper-function/bpf_b.md", "HELPER_FUNC_PROG_REF", 4),
        // The line is counted in the page as regenerated so far (the file has this marker on line 6).
        new StaleRegion("docs/linux/helper-function/bpf_a.md", "HELPER_FUNC_MAP_REF", 7),
        new StaleRegion("docs/linux/helper-function/bpf_b.md", "HELPER_FUNC_MAP_REF", 2)), report.staleRegions());
    assertEquals(6, report.counter("regions"));
  }

  @Test
  void upToDatePagesAreNotChanged() throws Exception {
    tree.page("linux/program-type/PROG_A.md", region("PROG_HELPER_FUNC_REF", "old\n"))
        .page("linux/helper-function/bpf_a.md", region("HELPER_FUNC_PROG_REF", "") + region("HELPER_FUNC_MAP_REF", ""));
    assertEquals(2, run().writeChanges());
    report = new Report();
    PageStore again = run();
    assertEquals(List.<PageChange>of(), again.changes());
    assertEquals(List.of(), report.staleRegions());
    assertEquals(3, report.counter("regions"));
  }

  @Test
  void markersWithoutTheirNewlineAreLeftAsTheyAre() throws Exception {
    String page = "<!-- [PROG_HELPER_FUNC_REF] --> old <!-- [/PROG_HELPER_FUNC_REF] -->";
    tree.page("linux/program-type/PROG_A.md", page);
    assertEquals(page, run().read("linux/program-type/PROG_A.md").orElseThrow());
    assertEquals(0, report.counter("regions"));
  }
}
