package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random version scripts: the reader never fails and every release it reports is a node's name. */
class LibbpfVersionMapFuzzTest {
  private static final String[] PIECES = {
    "LIBBPF_0.0.1", "LIBBPF_1.2.3", "fn_a", "fn_b", "global", "local", "*", "{", "}", ";", ":", " ", "\n", "\t", "/*", "*/", "#"
  };

  @Test
  void randomScriptsNeverFail() {
    Random random = new Random(7);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder script = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        script.append(PIECES[random.nextInt(PIECES.length)]);
      }
      LibbpfVersionMap map = LibbpfVersionMap.parse(script.toString());
      map.releases().values().forEach(release ->
          assertTrue(script.indexOf("LIBBPF_" + release) >= 0, () -> release + " is not a node of: " + script));
      map.warnings().forEach(w -> assertTrue(w.line() >= 1, () -> "warning without a line: " + w));
    }
  }
}
