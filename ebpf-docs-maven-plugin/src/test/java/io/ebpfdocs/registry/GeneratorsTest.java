package io.ebpfdocs.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.GeneratorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
  @Test
  void everyGeneratorOnceInTheOriginalToolsOrderTheMtuTableLast() {
    assertEquals(List.of("gen-helper-refs", "gen-feature-tags", "gen-kfunc-refs", "scrape-helper-defs",
        "gen-libbpf-tags", "gen-mtu-table"), Generators.all().stream().map(GeneratorFactory::name).toList());
  }

  @Test
  void onlyAPageWithAMarkerOrThePageWrittenWholeMayChange() {
    assertTrue(Generators.mayChange("linux/map-type/BPF_MAP_TYPE_HASH.md", "# Hash\n\n<!-- [FEATURE_TAG](BPF_MAP_TYPE_HASH) -->\n"));
    assertTrue(Generators.mayChange("linux/timeline/index.md", "---\ntitle: eBPF Timeline\n---\n"));
    assertFalse(Generators.mayChange("index.md", "# Home\n\n<!-- a comment -->\n"));
  }
}
