package io.ebpfdocs.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Report.StaleRegion;
import io.ebpfdocs.report.Warning;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {
  private static final String DATA = "data/feature-versions.yaml";

  @TempDir Path dir;
  DocsTree tree;
  Report report = new Report();

  @BeforeEach
  void fixture() {
    tree = new DocsTree(dir).data(FeatureVersions.FILE, """
        - name: program_types
          features:
            - name: P_SIX_TEN
              version: v6.10
              commit: aaaaaaa1111111
            - name: P_SEVEN_ONE
              version: v7.1
              commit: bbbbbbb2222222
            - name: P_NONE
              commit: ccc
            - name: P_EMPTY
              version: ""
              commit: ddd
        - name: map_types
          features:
            - name: M_SIX_NINE
              version: v6.9
              commit: eeeeeee3333333
            - name: M_SLIP
              version: 7.1
              commit: fffffff4444444
            - name: M_FOUR_ONE
              version: v4.1
              commit: 1234567890
            - name: M_THREE_EIGHTEEN
              version: v3.18
              commit: short
            - name: M_SOON
              version: soon
              commit: 999
            - name: M_SEVEN_ONE
              version: v7.1
              commit: 0000000aaaaaaa
        """);
  }

  private String run() throws Exception {
    FeatureVersions data = new DataFiles(tree.data(), "data/").featureVersions().orElseThrow();
    PageStore pages = new PageStore(tree.docs(), report);
    new Timeline(data, DATA, page -> "docs/" + page).generate(pages, report);
    return pages.read(Timeline.PAGE).orElseThrow();
  }

  private static final String SECTIONS = """

      ## :octicons-tag-24: v3.18

      * `M_THREE_EIGHTEEN` [short](https://github.com/torvalds/linux/commit/short) (map_types)

      ## :octicons-tag-24: v4.1

      * `M_FOUR_ONE` [1234567](https://github.com/torvalds/linux/commit/1234567890) (map_types)

      ## :octicons-tag-24: v6.9

      * `M_SIX_NINE` [eeeeeee](https://github.com/torvalds/linux/commit/eeeeeee3333333) (map_types)

      ## :octicons-tag-24: v6.10

      * `P_SIX_TEN` [aaaaaaa](https://github.com/torvalds/linux/commit/aaaaaaa1111111) (program_types)

      ## :octicons-tag-24: v7.1

      * `P_SEVEN_ONE` [bbbbbbb](https://github.com/torvalds/linux/commit/bbbbbbb2222222) (program_types)
      * `M_SLIP` [fffffff](https://github.com/torvalds/linux/commit/fffffff4444444) (map_types)
      * `M_SEVEN_ONE` [0000000](https://github.com/torvalds/linux/commit/0000000aaaaaaa) (map_types)
      """;

  private static final List<Warning> VERSION_WARNINGS = List.of(
      new Warning(DATA, 19, "version '7.1' of M_SLIP is not vMAJOR.MINOR; the timeline files it under v7.1; write v7.1"),
      new Warning(DATA, 28, "version 'soon' of M_SOON is not vMAJOR.MINOR; it is left out of the timeline;"
          + " write the release as vMAJOR.MINOR"));

  @Test
  void releasesInNumericOrderFeaturesInDataOrderFrontMatterKept() throws Exception {
    tree.page(Timeline.PAGE, "---\ntitle: Our timeline\nhide: toc\n---\n\nold body\n## :octicons-tag-24: v1.0\n");
    assertEquals("---\ntitle: Our timeline\nhide: toc\n---\n" + SECTIONS, run());
    assertEquals(VERSION_WARNINGS, report.warnings());
    assertEquals(List.of(new StaleRegion("docs/" + Timeline.PAGE, "timeline", 0)), report.staleRegions());
    assertEquals(1, report.counter("regions"));
  }

  @Test
  void aNewPageGetsOurFrontMatter() throws Exception {
    assertEquals(Timeline.NEW_PAGE_FRONT_MATTER + SECTIONS, run());
    assertEquals("---\ntitle: eBPF Timeline\ndescription: Every eBPF feature of the Linux kernel, grouped by the"
        + " release that introduced it.\nhide: toc\n---\n", Timeline.NEW_PAGE_FRONT_MATTER);
  }

  @Test
  void frontMatterWithWindowsLineEndingsIsKept() throws Exception {
    tree.page(Timeline.PAGE, "---\r\ntitle: Ours\r\n---\r\nold body\r\n");
    assertEquals("---\r\ntitle: Ours\r\n---\r\n" + SECTIONS, run());
  }

  @Test
  void aPageWithoutFrontMatterGetsNone() throws Exception {
    tree.page(Timeline.PAGE, "# Timeline\n");
    assertEquals(SECTIONS, run());
  }

  @Test
  void anUpToDatePageIsNotStale() throws Exception {
    tree.page(Timeline.PAGE, "---\n---\n" + SECTIONS);
    assertEquals("---\n---\n" + SECTIONS, run());
    assertEquals(List.of(), report.staleRegions());
  }
}
