package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads a real libbpf.map and compares the first LIBBPF_TAG region of every libbpf userspace page
 * of the real corpus with the tag rendered from the map. Runs only with
 * {@code -Debpfdocs.realLibbpfMap=/path/to/src/libbpf.map}; libbpf's map is not part of this
 * repository.
 */
class RealMapConformanceTest {
  private static final String START = "<!-- [LIBBPF_TAG] -->";
  private static final String STOP = "<!-- [/LIBBPF_TAG] -->";

  @TestFactory
  List<DynamicTest> everyFirstTagIsReproduced() throws IOException {
    String mapFile = System.getProperty("ebpfdocs.realLibbpfMap", "");
    assumeTrue(!mapFile.isEmpty() && Files.isRegularFile(Path.of(mapFile)),
        "no real libbpf.map: pass -Debpfdocs.realLibbpfMap=/path/to/src/libbpf.map to run this test");
    Path pages = Path.of(System.getProperty("ebpfdocs.corpus", ""), "docs/ebpf-library/libbpf/userspace");
    assumeTrue(Files.isDirectory(pages), "no corpus at -Debpfdocs.corpus");

    LibbpfVersionMap map = LibbpfVersionMap.parse(Files.readString(Path.of(mapFile)));
    assertEquals(List.of(), map.warnings());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(page);
        int start = text.indexOf(START);
        if (start < 0) {
          continue;
        }
        String region = text.substring(start + START.length(), text.indexOf(STOP, start));
        String function = page.getFileName().toString().replaceFirst("\\.md$", "");
        tests.add(DynamicTest.dynamicTest(function, () -> {
          assertTrue(map.releaseOf(function).isPresent(), function + " is not in the map");
          assertEquals(region, LibbpfTag.render(map.releaseOf(function).get()), function);
        }));
      }
    }
    return tests;
  }
}
