package io.ebpfdocs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  @TempDir Path dir;

  @Test
  void missingFilesAreEmpty() throws Exception {
    DataFiles data = new DataFiles(dir, "data/");
    assertEquals(Optional.empty(), data.featureVersions());
    assertEquals(Optional.empty(), data.helperFunctions());
    assertEquals(Optional.empty(), data.kfuncSets());
    assertEquals(Optional.empty(), data.yaml("other.yaml"));
  }

  @Test
  void eachFileIsReadOnce() throws Exception {
    Files.writeString(dir.resolve(FeatureVersions.FILE), "- name: g\n");
    DataFiles data = new DataFiles(dir, "data/");
    FeatureVersions first = data.featureVersions().orElseThrow();
    Files.writeString(dir.resolve(FeatureVersions.FILE), "- name: changed\n");
    assertSame(first, data.featureVersions().orElseThrow());
    assertEquals("g", first.groups().get(0).name());
  }

  @Test
  void messagesNameTheFileWithTheDisplayPrefix() throws Exception {
    Files.writeString(dir.resolve(HelperFunctions.FILE), "programs:\n  P:\n  - name: a\n  P: []\n");
    DataFiles data = new DataFiles(dir, "my/data/");
    assertEquals("my/data/helpers-functions.yaml", data.displayName(HelperFunctions.FILE));
    DocsException e = assertThrows(DocsException.class, data::helperFunctions);
    assertEquals("my/data/helpers-functions.yaml:4: not valid YAML: Duplicate field 'P'; fix the file and run again",
        e.getMessage());
  }

  @Test
  void otherYamlFilesAreLocatedTrees() throws Exception {
    Files.writeString(dir.resolve("generators.yaml"), "a:\n  - b\n");
    YamlFile file = new DataFiles(dir, "data/").yaml("generators.yaml").orElseThrow();
    assertEquals("data/generators.yaml", file.name());
    assertEquals(2, ((YamlNode.Mapping) file.root()).entries().get("a").line());
  }
}
