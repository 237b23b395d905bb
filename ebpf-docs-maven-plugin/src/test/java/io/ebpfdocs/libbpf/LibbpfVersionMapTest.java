package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibbpfVersionMapTest {

  @Test
  void eachFunctionGetsTheFirstReleaseThatExportsIt() {
    LibbpfVersionMap map = LibbpfVersionMap.parse(Fixtures.text("fixture_libbpf.map"));
    assertEquals(
        Map.of("fixture_open", "0.0.1", "fixture_close", "0.0.1", "fixture_attach", "0.0.2", "fixture_detach", "1.0.0"),
        map.releases());
    assertEquals(List.of(), map.warnings());
    assertEquals(Optional.empty(), map.releaseOf("*"), "local symbols are not exported");
  }

  @Test
  void theTagLinksToTheRelease() {
    assertEquals("\n[:octicons-tag-24: 0.5.0](https://github.com/libbpf/libbpf/releases/tag/v0.5.0)\n", LibbpfTag.render("0.5.0"));
  }

  @Test
  void malformedNodesAreWarningsWithTheirLine() {
    LibbpfVersionMap map = LibbpfVersionMap.parse("LIBBPF_0.0.1 {\n\tglobal:\n\t\tgood;\n\t\tbad\n};\nstray;\nLIBBPF_0.0.2 {\n\tglobal:\n\t\tlate;\n");
    assertEquals(Map.of("good", "0.0.1", "late", "0.0.2"), map.releases());
    assertEquals(List.of(
        new InputWarning(4, "expected 'global:', 'local:' or 'symbol;', found 'bad'"),
        new InputWarning(6, "expected a version node like 'LIBBPF_1.0.0 {', found 'stray'"),
        new InputWarning(6, "expected a version node like 'LIBBPF_1.0.0 {', found ';'"),
        new InputWarning(7, "version node LIBBPF_0.0.2 is not closed with '}'")), map.warnings());
  }

  @Test
  void nodesOfOtherLibrariesAreIgnored() {
    LibbpfVersionMap map = LibbpfVersionMap.parse("OTHER_1.0 {\n\tglobal:\n\t\tforeign;\n};\nLIBBPF_0.0.1 { global: own; };\n");
    assertEquals(Map.of("own", "0.0.1"), map.releases());
    assertEquals(List.of(new InputWarning(1, "version node 'OTHER_1.0' is not named LIBBPF_x.y.z; its functions are ignored")),
        map.warnings());
  }
}
