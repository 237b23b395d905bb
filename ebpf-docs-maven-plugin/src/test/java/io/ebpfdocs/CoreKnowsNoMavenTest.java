package io.ebpfdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is a library: only the Mojos of {@code io.ebpfdocs.maven} may use Maven's API. */
class CoreKnowsNoMavenTest {
  private static final Path SOURCES = Path.of("src/main/java/io/ebpfdocs");

  @Test
  void onlyTheMavenPackageImportsMaven() throws IOException {
    List<Path> core;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      core = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !SOURCES.relativize(p).startsWith("maven"))
          .toList();
    }
    assertTrue(core.size() > 50, "the core sources were found: " + core.size());
    List<Path> offenders = core.stream().filter(CoreKnowsNoMavenTest::importsMaven).toList();
    assertEquals(List.of(), offenders);
  }

  private static boolean importsMaven(Path source) {
    try {
      return Files.readAllLines(source).stream().anyMatch(line -> line.startsWith("import org.apache.maven"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
