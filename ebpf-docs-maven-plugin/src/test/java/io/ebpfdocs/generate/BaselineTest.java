package io.ebpfdocs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @Test
  void theKeyIsFileAndMessageOnOneLineWithoutLineNumbers() {
    assertEquals("data/a.yaml: seen at docs/x.md and docs/y.md", Baseline.key(new Warning("data/a.yaml", 12, "seen at docs/x.md:3 and\n  docs/y.md:40")));
    assertEquals("no file", Baseline.key(new Warning("", 0, "no file")));
  }

  @Test
  void writtenThenReadItAcceptsThoseWarningsAndNamesTheGoneOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(Baseline.FILE);
    Warning old = new Warning("docs/a.md", 3, "old");
    assertEquals(Set.of(), Baseline.read(file).keys(), "no file, nothing accepted");
    assertTrue(Baseline.write(file, List.of(old, new Warning("docs/a.md", 9, "old"))));
    assertFalse(Baseline.write(file, List.of(old)), "the same warnings leave the file as it is");
    assertTrue(Files.readString(file).startsWith("# "));

    Baseline baseline = Baseline.read(file);
    Warning fresh = new Warning("docs/b.md", 1, "new");
    assertEquals(List.of(fresh), baseline.unaccepted(List.of(new Warning("docs/a.md", 5, "old"), fresh)));
    assertEquals(List.of("docs/a.md: old"), baseline.unused(List.of(fresh)));
  }
}
