package io.ebpfdocs.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.pages.PageChange;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Report.StaleRegion;
import io.ebpfdocs.report.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureTagGeneratorTest {
  static final String DATA = "data/feature-versions.yaml";
  static final String XDP_COMMIT = "6a773a15a1e8874e5eccd2f29190c31085912c95";

  @TempDir Path dir;
  DocsTree tree;
  Report report = new Report();

  @BeforeEach
  void fixture() {
    tree = new DocsTree(dir).data(FeatureVersions.FILE, """
        - name: program_types
          features:
            - name: BPF_PROG_TYPE_XDP
              version: v4.8
              commit: 6a773a15a1e8874e5eccd2f29190c31085912c95
        - name: map_types
          features:
            - name: BPF_MAP_TYPE_HASH
              version: v3.19
              commit: 0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475
        """);
  }

  private PageStore run() throws Exception {
    FeatureVersions data = new DataFiles(tree.data(), "data/").featureVersions().orElseThrow();
    PageStore pages = new PageStore(tree.docs(), report);
    new FeatureTagGenerator(data, DATA, page -> "docs/" + page).generate(pages, report);
    return pages;
  }

  private static String badge(String version, String commit) {
    return "\n[:octicons-tag-24: " + version + "](https://github.com/torvalds/linux/commit/" + commit + ")\n";
  }

  @Test
  void everyFeatureTagRegionOfTheReferenceFoldersGetsItsBadge() throws Exception {
    String xdp = """
        ---
        title: XDP
        ---
        # `BPF_PROG_TYPE_XDP`

        <!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->
        stale text
        <!-- [/FEATURE_TAG] -->
        Maps: <!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) --><!-- [/FEATURE_TAG] --> end
        """;
    tree.page("linux/program-type/BPF_PROG_TYPE_XDP.md", xdp)
        .page("linux/syscall/BPF_MAP_CREATE.md", "<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) -->\r\n<!-- [/FEATURE_TAG] -->")
        .page("linux/concepts/notes.md", "<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->x<!-- [/FEATURE_TAG] -->\n");
    PageStore pages = run();

    assertEquals(xdp.replace("\nstale text\n", badge("v4.8", XDP_COMMIT)).replace("--><!--",
        "-->" + badge("v3.19", "0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475") + "<!--"),
        pages.read("linux/program-type/BPF_PROG_TYPE_XDP.md").orElseThrow());
    assertEquals("<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) -->" + badge("v3.19", "0f8e4bd8a1fc8c4185f1630061d0a1f2d197a475")
        + "<!-- [/FEATURE_TAG] -->", pages.read("linux/syscall/BPF_MAP_CREATE.md").orElseThrow());
    assertEquals(List.of("linux/program-type/BPF_PROG_TYPE_XDP.md", "linux/syscall/BPF_MAP_CREATE.md",
        "linux/timeline/index.md"), pages.changes().stream().map(PageChange::path).toList(),
        "pages outside the reference folders are not touched");
    assertEquals(List.of(
        new StaleRegion("docs/linux/program-type/BPF_PROG_TYPE_XDP.md", "FEATURE_TAG", 6),
        new StaleRegion("docs/linux/program-type/BPF_PROG_TYPE_XDP.md", "FEATURE_TAG", 9),
        new StaleRegion("docs/linux/syscall/BPF_MAP_CREATE.md", "FEATURE_TAG", 1),
        new StaleRegion("docs/linux/timeline/index.md", "timeline", 0)), report.staleRegions());
    assertEquals(4, report.counter("regions"));
    assertEquals(List.of(), report.warnings());
  }

  @Test
  void unknownNamesAreTaggedUnknownAndListedInOneWarning() throws Exception {
    tree.page("linux/kfuncs/bpf_x.md", "# x\n<!-- [FEATURE_TAG](MISSING_TWO) -->\n<!-- [/FEATURE_TAG] -->\n")
        .page("linux/program-type/BPF_PROG_TYPE_XDP.md", "\n\n<!-- [FEATURE_TAG](MISSING_ONE) --><!-- [/FEATURE_TAG] -->\n"
            + "<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->" + badge("v4.8", XDP_COMMIT) + "<!-- [/FEATURE_TAG] -->\n");
    PageStore pages = run();
    assertEquals("# x\n<!-- [FEATURE_TAG](MISSING_TWO) -->\n:octicons-tag-24: unknown\n<!-- [/FEATURE_TAG] -->\n",
        pages.read("linux/kfuncs/bpf_x.md").orElseThrow());
    assertEquals("\n\n<!-- [FEATURE_TAG](MISSING_ONE) -->\n:octicons-tag-24: unknown\n<!-- [/FEATURE_TAG] -->\n"
        + "<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->" + badge("v4.8", XDP_COMMIT) + "<!-- [/FEATURE_TAG] -->\n",
        pages.read("linux/program-type/BPF_PROG_TYPE_XDP.md").orElseThrow());
    assertEquals(List.of(new Warning(DATA, 0, "FEATURE_TAG names missing from the data, tagged 'unknown': "
        + "MISSING_ONE (docs/linux/program-type/BPF_PROG_TYPE_XDP.md:3), MISSING_TWO (docs/linux/kfuncs/bpf_x.md:2);"
        + " add them to " + DATA)), report.warnings());
  }

  @Test
  void aPageThatIsNotUtf8IsSkippedWithTheStoresWarning() throws Exception {
    Path bad = tree.docs().resolve("linux/map-type/BPF_MAP_TYPE_HASH.md");
    Files.createDirectories(bad.getParent());
    Files.write(bad, new byte[] {'<', (byte) 0xc3, '\n'});
    tree.page("linux/map-type/BPF_MAP_TYPE_ARRAY.md", "<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) --><!-- [/FEATURE_TAG] -->");
    PageStore pages = run();
    assertEquals(List.of(new Warning("docs/linux/map-type/BPF_MAP_TYPE_HASH.md", 0, "not valid UTF-8; left alone")),
        report.warnings());
    assertEquals(List.of("linux/map-type/BPF_MAP_TYPE_ARRAY.md", "linux/timeline/index.md"),
        pages.changes().stream().map(PageChange::path).toList());
  }
}
