package io.ebpfdocs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningTest {
  @Test
  void showsFileAndLineWhenKnown() {
    assertEquals("docs/a.md:3: broken", new Warning("docs/a.md", 3, "broken").toString());
    assertEquals("docs/a.md: broken", new Warning("docs/a.md", 0, "broken").toString());
    assertEquals("broken", new Warning("", 0, "broken").toString());
  }

  @Test
  void reportKeepsWarningsInOrderAndAddsCounters() {
    Report report = new Report();
    report.warn("x.md", 2, "one");
    report.warn("two");
    report.count("regions", 2);
    report.count("pages", 1);
    report.count("regions", 3);
    assertEquals(List.of(new Warning("x.md", 2, "one"), new Warning("", 0, "two")), report.warnings());
    assertEquals(Map.of("regions", 5, "pages", 1), report.counters());
    assertEquals(List.of("regions", "pages"), List.copyOf(report.counters().keySet()));
    assertEquals(0, report.counter("absent"));
  }
}
