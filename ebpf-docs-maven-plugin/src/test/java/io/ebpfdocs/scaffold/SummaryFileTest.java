package io.ebpfdocs.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.compat.Kind;
import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFileTest {
  private static final String GROUPED = """
      - [`index.md`](index.md)
      - Task kfuncs
        - [`kf_a`](kf_a.md)
        - [`kf_c`](kf_c.md)
      - Other
        - [`kf_x`](kf_x.md)
      """;

  @TempDir Path root;

  @Test
  void aNewEntryGoesNextToItsNeighbourInTheData() {
    assertEquals(GROUPED.replace("kf_a.md)\n", "kf_a.md)\n  - [`kf_b`](kf_b.md)\n"),
        SummaryFile.add(GROUPED, "kf_b", Optional.of("kf_a"), Optional.of("kf_c")));
    assertEquals(GROUPED.replace("  - [`kf_c`]", "  - [`kf_b`](kf_b.md)\n  - [`kf_c`]"),
        SummaryFile.add(GROUPED, "kf_b", Optional.of("unlisted"), Optional.of("kf_c")), "else before the next one");
    assertEquals(GROUPED + "- [`kf_b`](kf_b.md)\n", SummaryFile.add(GROUPED, "kf_b", Optional.empty(), Optional.empty()));
  }

  @Test
  void atTheEndWithTheFilesOwnBullet() {
    assertEquals("* [`a`](a.md)\n* [`b`](b.md)\n", SummaryFile.add("* [`a`](a.md)", "b", Optional.empty(), Optional.empty()));
    assertEquals("* [`b`](b.md)\n", SummaryFile.add("", "b", Optional.empty(), Optional.empty()));
    assertTrue(SummaryFile.lists(GROUPED, "kf_x"));
    assertFalse(SummaryFile.lists(GROUPED, "kf"));
  }

  @Test
  void templatesKeepTheBlocksTheDataGives() throws Exception {
    PageTemplates builtIn = PageTemplates.load(root);
    String withMaps = builtIn.page(Kind.HELPER, "bpf_x", Map.of("program_types", true, "map_types", true));
    String withoutMaps = builtIn.page(Kind.HELPER, "bpf_x", Map.of("program_types", true));
    assertTrue(withMaps.contains("<!-- [HELPER_FUNC_MAP_REF] -->\n<!-- [/HELPER_FUNC_MAP_REF] -->\n"));
    assertFalse(withoutMaps.contains("HELPER_FUNC_MAP_REF"));
    assertTrue(withoutMaps.contains("<!-- [FEATURE_TAG](bpf_x) -->\n<!-- [/FEATURE_TAG] -->\n"));
    assertFalse(withMaps.contains("{{"), withMaps);
    assertEquals("kfuncs.md", PageTemplates.fileName(Kind.KFUNC));

    Files.createDirectories(root.resolve("scaffold"));
    Files.writeString(root.resolve("scaffold/kfuncs.md"), "# no name\r\n");
    DocsException e = assertThrows(DocsException.class, () -> PageTemplates.load(root));
    assertTrue(e.getMessage().contains("scaffold/kfuncs.md: a scaffold template needs {{name}}"), e.getMessage());
  }
}
