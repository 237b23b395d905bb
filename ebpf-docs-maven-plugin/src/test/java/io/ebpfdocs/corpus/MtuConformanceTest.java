package io.ebpfdocs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.mtu.MtuTableGenerator;
import io.ebpfdocs.registry.Generators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real XDP page's MTU table was written by the original tool: {@code gen-mtu-table}, alone or
 * within {@code generate}, changes no byte of it.
 */
class MtuConformanceTest {
  private static final String XDP = "docs/linux/program-type/BPF_PROG_TYPE_XDP.md";
  private static final String START = "<!-- [MTU_TABLE] -->";
  private static final String STOP = "<!-- [/MTU_TABLE] -->";

  @Test
  void genMtuTableChangesNoByteOfTheTree() throws Exception {
    Path tree = Corpus.copy("mtu-alone");
    Map<String, byte[]> before = Corpus.snapshot(tree);

    DocsRun.Outcome outcome = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), List.of(MtuTableGenerator.NAME), Mode.WRITE);

    assertEquals(Set.of(), Corpus.changed(before, Corpus.snapshot(tree)));
    assertEquals(0, outcome.written());
    assertEquals(1, outcome.regions(), "the XDP page's one region");
    assertEquals(List.of(), outcome.warnings());
  }

  @Test
  void generateLeavesTheMtuRegionAsItIs() throws Exception {
    Path tree = Corpus.copy("mtu-generate");
    String before = region(Corpus.snapshot(tree).get(XDP));

    DocsRun.Outcome outcome = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), List.of(), Mode.WRITE);

    assertTrue(outcome.ran().contains(MtuTableGenerator.NAME), outcome.summary(Mode.WRITE));
    assertTrue(before.length() > 10_000, "the region was found");
    assertEquals(before, region(Corpus.snapshot(tree).get(XDP)));
  }

  private static String region(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    return text.substring(text.indexOf(START), text.indexOf(STOP) + STOP.length());
  }
}
