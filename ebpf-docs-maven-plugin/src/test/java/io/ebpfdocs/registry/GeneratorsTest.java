package io.ebpfdocs.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.generate.GeneratorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
  @Test
  void everyGeneratorOnceInTheOriginalToolsOrderTheMtuTableLast() {
    assertEquals(List.of("gen-helper-refs", "gen-feature-tags", "gen-kfunc-refs", "scrape-helper-defs",
        "gen-libbpf-tags", "gen-mtu-table"), Generators.all().stream().map(GeneratorFactory::name).toList());
  }
}
