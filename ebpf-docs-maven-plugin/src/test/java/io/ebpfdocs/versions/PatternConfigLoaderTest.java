package io.ebpfdocs.versions;

import io.ebpfdocs.report.DocsException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternConfigLoaderTest {
  private static final Path SHIPPED = Path.of("..", "data", "patterns.yaml");
  private static PatternConfig shipped;

  private static synchronized PatternConfig shipped() throws Exception {
    if (shipped == null) {
      shipped = PatternConfigLoader.load(SHIPPED);
    }
    return shipped;
  }

  @Test
  void readsTheCorpusConfiguration() throws Exception {
    Path corpus = Path.of(System.getProperty("ebpfdocs.corpus", "../../shared/ebpf-docs"),
        "tools", "version-finder", "patterns.yaml");
    assumeTrue(Files.isRegularFile(corpus), "corpus patterns.yaml absent: " + corpus);

    PatternConfig config = PatternConfigLoader.load(corpus);

    assertEquals(11, config.files().size());
    assertEquals("program_types", config.groups().get(0).name());
    assertTrue(config.selectsTag("v4.18"));
    assertFalse(config.selectsTag("v10.0"), "the corpus rules cannot match v10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v3.15", "v3.19", "v4.0", "v5.10", "v6.19", "v7.0", "v9.12", "v10.0",
      "v10.1", "v11.0", "v25.4"})
  void theShippedConfigurationSelectsReleasesFromV315On(String tag) throws Exception {
    assertTrue(shipped().selectsTag(tag), tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v3.14", "v3.0", "v2.6.39", "v6.1-rc1", "v5.10.1", "v4x1", "next-20240101"})
  void theShippedConfigurationSkipsOthers(String tag) throws Exception {
    assertFalse(shipped().selectsTag(tag), tag);
  }

  @Test
  void theShippedConfigurationHasTheCorpusFeatures() throws Exception {
    Path corpus = Path.of(System.getProperty("ebpfdocs.corpus", "../../shared/ebpf-docs"),
        "tools", "version-finder", "patterns.yaml");
    assumeTrue(Files.isRegularFile(corpus), "corpus patterns.yaml absent: " + corpus);

    PatternConfig original = PatternConfigLoader.load(corpus);

    assertEquals(original.files(), shipped().files());
    assertEquals(original.groups(), shipped().groups());
  }

  @Test
  void anInvalidTagRegexNamesItAndItsLine() {
    String yaml = "files: [kernel/*]\ntags:\n  - ^v[4-9\npatterns:\n  - name: g\n    patterns:\n"
        + "    - name: X\n";
    DocsException e = assertThrows(DocsException.class,
        () -> PatternConfigLoader.parse("p.yaml", yaml));
    assertTrue(e.getMessage().startsWith("p.yaml:3: tag regex '^v[4-9' is invalid"), e.getMessage());
  }

  @Test
  void anInvalidFeatureRegexNamesThePattern() {
    String yaml = "files: [kernel/*]\ntags: [^v]\npatterns:\n  - name: g\n    patterns:\n"
        + "    - name: X\n      regexes: ['a\\(b']\n";
    DocsException e = assertThrows(DocsException.class,
        () -> PatternConfigLoader.parse("p.yaml", yaml));
    assertTrue(e.getMessage().contains("of pattern 'X' in group 'g'"), e.getMessage());
  }

  @Test
  void unknownKeysAndMissingSectionsAreErrors() {
    assertThrows(DocsException.class,
        () -> PatternConfigLoader.parse("p.yaml", "files: [a]\ntag: [x]\n"));
    DocsException e = assertThrows(DocsException.class,
        () -> PatternConfigLoader.parse("p.yaml", "files: [a]\ntags: [x]\n"));
    assertEquals("p.yaml: 'patterns' is missing or empty", e.getMessage());
  }

  @Test
  void regexesAreKeptPerFeature() throws Exception {
    PatternConfig config = PatternConfigLoader.parse("p.yaml", "files: [a]\ntags: [x]\npatterns:\n"
        + "  - name: g\n    patterns:\n    - name: X\n      regexes: [X1, X2]\n    - name: Y\n");
    assertEquals(List.of(new PatternConfig.Feature("X", List.of("X1", "X2")),
        new PatternConfig.Feature("Y", List.of())), config.groups().get(0).features());
  }
}
