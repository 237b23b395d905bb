package io.ebpfdocs.mtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on small trees: which regions it fills, with which columns, and what it leaves alone. */
class MtuTableGeneratorTest {
  private static final String XDP = "linux/program-type/BPF_PROG_TYPE_XDP.md";
  private static final String START = "<!-- [MTU_TABLE] -->";
  private static final String STOP = "<!-- [/MTU_TABLE] -->";

  @TempDir Path dir;

  private DocsRun.Outcome run(Mode mode) throws Exception {
    return DocsRun.run(DocsSettings.forRoot(dir), Generators.all(), List.of(MtuTableGenerator.NAME), mode);
  }

  @Test
  void fillsEveryRegionOfTheProgramTypePagesAndNothingElse() throws Exception {
    String elsewhere = "# meta\n" + START + "\nexample\n" + STOP + "\n";
    DocsTree tree = new DocsTree(dir)
        .page(XDP, "# XDP\r\n\r\n" + START + "old" + STOP + "\r\ntext\r\n" + START + STOP)
        .page("meta.md", elsewhere);

    DocsRun.Outcome outcome = run(Mode.WRITE);

    String table = MtuTable.render(MtuSettingsReader.read(java.util.Optional.empty()));
    assertEquals("# XDP\r\n\r\n" + START + table + STOP + "\r\ntext\r\n" + START + table + STOP, tree.page(XDP));
    assertEquals(elsewhere, tree.page("meta.md"));
    assertEquals(2, outcome.regions());
    assertEquals(List.of(), outcome.warnings());
    assertEquals(0, run(Mode.WRITE).written(), "a second run writes nothing");
  }

  @Test
  void theColumnsComeFromGeneratorsYaml() throws Exception {
    DocsTree tree = new DocsTree(dir)
        .data("generators.yaml", "kfuncs:\n  ignore: []\nmtu:\n  architectures: [loongarch, s390]\n")
        .page(XDP, START + STOP);

    run(Mode.WRITE);

    assertEquals(START + MtuTable.render(List.of(MtuTableTest.named("loongarch"), MtuTableTest.named("s390"))) + STOP,
        tree.page(XDP));
  }

  @Test
  void anIncompleteArchitectureFailsTheRunAndNothingIsWritten() throws Exception {
    DocsTree tree = new DocsTree(dir)
        .data("generators.yaml", "mtu:\n  architectures: [x86, m68k]\n")
        .page(XDP, START + STOP)
        .age();
    Map<String, String> before = tree.snapshot();

    DocsException e = assertThrows(DocsException.class, () -> run(Mode.WRITE));

    assertEquals(true, e.getMessage().startsWith("data/generators.yaml:2: the MTU model has no L1_CACHE_BYTES"
        + " (L1 cache line size) for architecture 'm68k'; remove it"), e.getMessage());
    assertEquals(before, tree.snapshot());
  }

  @Test
  void aDamagedMarkerFailsTheRunWithItsLine() throws Exception {
    String damaged = "# XDP\n\n" + START + "\nno stop\n";
    DocsTree tree = new DocsTree(dir).page(XDP, damaged);

    DocsRun.Outcome outcome = run(Mode.WRITE);

    assertEquals(List.of(new Warning("docs/" + XDP, 3, "MTU_TABLE start marker without a stop marker; left as it is;"
        + " repair the marker (or run with -Debpfdocs.check.damaged=warn while the tree is repaired)")),
        outcome.report().failures());
    assertEquals(List.of(), outcome.warnings());
    assertEquals(damaged, tree.page(XDP));
  }
}
