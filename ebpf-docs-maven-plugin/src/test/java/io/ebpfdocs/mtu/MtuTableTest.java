package io.ebpfdocs.mtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole region: the default columns against the page's table, and other choices of columns. */
class MtuTableTest {

  @Test
  void defaultColumnsGiveThePagesTableByteForByte() throws Exception {
    assertEquals(golden("default-table.md"), MtuTable.render(MtuSettingsReader.read(Optional.empty())));
  }

  @Test
  void columnsFollowTheChosenOrderAndAreAsWideAsTheirWidestCell() throws Exception {
    String table = MtuTable.render(List.of(named("s390"), named("x86")));
    String[] lines = table.split("\n", -1);
    assertEquals("", lines[0]);
    assertEquals("=== \"Plain XDP\"", lines[1]);
    assertEquals("    | Vendor           | Driver                | s390                           | x86                            |", lines[3]);
    assertEquals("    | Kernel           | Veth                  | 3326                           | 3520                           |", lines[5]);
    // In the fragments tab the widest cell is the icon: 16 characters.
    int fragments = List.of(lines).indexOf("=== \"XDP with Fragments\"");
    assertEquals("    | Vendor           | Driver                | s390             | x86              |", lines[fragments + 2]);
    assertEquals("    | ---------------- | --------------------- | ---------------- | ---------------- |", lines[fragments + 3]);
    assertEquals("    | Kernel           | Veth                  | 72958            | 73152            |", lines[fragments + 4]);
    assertTrue(table.endsWith(" |\n\n"), "a blank line closes each tab");
  }

  @Test
  void anArchitectureNameLongerThanItsCellsOverflowsTheHeaderOnly() throws Exception {
    String[] lines = MtuTable.render(List.of(named("microblaze"))).split("\n");
    int fragments = List.of(lines).indexOf("=== \"XDP with Fragments\"");
    assertEquals("    | Vendor           | Driver                | microblaze       |", lines[fragments + 2]);
  }

  /**
   * Every architecture the model completes, in the model's order. The golden file was checked
   * against a separate line-by-line reading of the original tool's arithmetic and layout, which also
   * reproduces the page's table.
   */
  @Test
  void everyArchitectureWithAllItsValuesGivesTheModelsNumbers() throws Exception {
    List<Architecture> complete = Architectures.all().stream().filter(a -> a.l1CacheBytes().isPresent()).toList();
    assertEquals(23, complete.size());
    String table = MtuTable.render(complete);
    assertEquals(golden("all-architectures-table.md"), table);
    List<String> tableLines = table.lines().filter(line -> line.startsWith("    |")).toList();
    assertEquals(2 * (2 + DriverTable.ROWS.size()), tableLines.size());
    // vendor, driver and 23 columns between 26 bars (and the indent before the first)
    assertTrue(tableLines.stream().allMatch(line -> line.split("\\|", -1).length == 27), table);
    // padded: within a tab every line is as wide as the header (no architecture name overflows here)
    String plain = table.substring(0, table.indexOf("=== \"XDP with Fragments\""));
    String fragments = table.substring(plain.length());
    for (String tab : List.of(plain, fragments)) {
      assertEquals(1, tab.lines().filter(line -> line.startsWith("    |")).mapToInt(line -> line.codePointCount(0, line.length()))
          .distinct().count(), tab);
    }
  }

  @Test
  void anArchitectureWithoutACacheLineSizeFailsNamingItAndTheValue() {
    for (String name : List.of("alpha", "alpha-generic", "alpha-ev6", "m68k", "powerpc", "sparc64")) {
      DocsException e = assertThrows(DocsException.class, () -> MtuTable.render(List.of(named("x86"), named(name))));
      assertEquals("the MTU model has no L1_CACHE_BYTES (L1 cache line size) for architecture '" + name + "'", e.getMessage());
    }
  }

  static Architecture named(String name) {
    return Architectures.named(name).orElseThrow();
  }

  static String golden(String resource) throws IOException {
    try (InputStream in = MtuTableTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
