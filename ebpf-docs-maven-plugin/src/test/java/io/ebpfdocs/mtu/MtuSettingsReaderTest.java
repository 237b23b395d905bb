package io.ebpfdocs.mtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.data.YamlFile;
import io.ebpfdocs.data.YamlReader;
import io.ebpfdocs.report.DocsException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MtuSettingsReaderTest {
  private static final String NAME = "data/generators.yaml";

  static List<String> read(String yaml) throws Exception {
    YamlFile file = new YamlFile(NAME, YamlReader.parse(yaml, NAME));
    return MtuSettingsReader.read(Optional.of(file)).stream().map(Architecture::name).toList();
  }

  @Test
  void withoutTheFileOrTheKeyThePagesFiveColumns() throws Exception {
    List<String> defaults = List.of("x86", "arm", "arm64", "armv7", "riscv");
    assertEquals(defaults, MtuSettingsReader.read(Optional.empty()).stream().map(Architecture::name).toList());
    assertEquals(defaults, read("kfuncs:\n  ignore: [a]\n"));
    assertEquals(defaults, read("mtu:\n"));
  }

  @Test
  void architecturesInTheGivenOrderByTheOriginalsNames() throws Exception {
    assertEquals(List.of("s390", "armv6", "loongarch", "x86"), read("mtu:\n  architectures: [s390, armv6, loongarch, x86]\n"));
    assertEquals(List.of("csky610", "um"), read("mtu:\n  architectures:\n    - csky610\n    - um\n"));
  }

  @Test
  void anArchitectureWithoutAModelValueFailsNamingItTheValueAndTheLine() {
    DocsException e = assertThrows(DocsException.class, () -> read("mtu:\n  architectures:\n    - x86\n    - powerpc\n"));
    assertEquals(NAME + ":4: the MTU model has no L1_CACHE_BYTES (L1 cache line size) for architecture 'powerpc';"
        + " remove it from mtu architectures or choose one the model completes: arc, arm, armv6, armv7, arm64, csky610,"
        + " csky807, csky810, csky860, hexagon, loongarch, microblaze, mips, nios2, openrisc, parisc, riscv, s390, sh,"
        + " sparc32, um, x86, xtensa", e.getMessage());
  }

  @Test
  void mistakesAreReportedWithTheirLine() {
    assertEquals(NAME + ":2: unknown architecture 'amd64' in mtu architectures; the model knows alpha, alpha-generic,"
        + " alpha-ev6, arc, arm, armv6, armv7, arm64, csky610, csky807, csky810, csky860, hexagon, loongarch, m68k,"
        + " microblaze, mips, nios2, openrisc, parisc, powerpc, riscv, s390, sh, sparc32, sparc64, um, x86, xtensa",
        message("mtu:\n  architectures: [amd64]\n"));
    assertEquals(NAME + ":2: architecture 'x86' is listed twice in mtu architectures; remove one",
        message("mtu:\n  architectures: [x86, x86]\n"));
    assertEquals(NAME + ":2: mtu architectures is empty; list at least one (default: x86, arm, arm64, armv7, riscv)",
        message("mtu:\n  architectures: []\n"));
    assertEquals(NAME + ":2: unknown key 'architecture' under mtu; the only key is 'architectures'",
        message("mtu:\n  architecture: [x86]\n"));
  }

  private static String message(String yaml) {
    return assertThrows(DocsException.class, () -> read(yaml)).getMessage();
  }
}
