package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.report.DocsException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureVersionsFileTest {
  @TempDir Path dir;

  @Test
  void theCorpusFileRoundTripsExceptForItsHandInsertedBlankLines() throws Exception {
    Path corpus = Path.of(System.getProperty("ebpfdocs.corpus", "../../shared/ebpf-docs"),
        "data", "feature-versions.yaml");
    assumeTrue(Files.isRegularFile(corpus), "corpus feature-versions.yaml absent: " + corpus);

    FeatureVersions data = FeatureVersionsFile.read(corpus.getParent()).orElseThrow();

    String text = Files.readString(corpus, StandardCharsets.UTF_8);
    assertEquals(text.replaceAll("\n\n+", "\n"), FeatureVersionsFile.format(data));
  }

  @Test
  void emptyAndAmbiguousScalarsAreQuoted() {
    assertEquals("\"\"", FeatureVersionsFile.scalar(""));
    assertEquals("\"123456\"", FeatureVersionsFile.scalar("123456"));
    assertEquals("\"null\"", FeatureVersionsFile.scalar("null"));
    assertEquals("v4.18", FeatureVersionsFile.scalar("v4.18"));
    assertEquals("\"a: b\"", FeatureVersionsFile.scalar("a: b"));
  }

  @Test
  void writesAtomicallyOnlyWhenChangedAndReadsBack() throws Exception {
    Path data = dir.resolve("data");
    Path file = data.resolve("feature-versions.yaml");
    FeatureVersions versions = new FeatureVersions(List.of(new FeatureVersions.Group("g",
        List.of(new FeatureVersions.Feature("X", "", "", 3), new FeatureVersions.Feature("Y", "v1", "ab", 6)), 1)));

    assertTrue(FeatureVersionsFile.write(data, versions));
    assertFalse(FeatureVersionsFile.write(data, versions));
    assertEquals(versions, FeatureVersionsFile.read(data).orElseThrow());
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void aDamagedFileIsAnErrorNamingIt() throws Exception {
    Files.writeString(dir.resolve("feature-versions.yaml"), "- name: g\n  features: {x: 1}\n");
    DocsException e = assertThrows(DocsException.class, () -> FeatureVersionsFile.read(dir));
    assertTrue(e.getMessage().contains("feature-versions.yaml:"), e.getMessage());
  }
}
