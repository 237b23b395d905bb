package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.DocsTree;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** find-versions: its inputs, the pattern file it picks, and the failure without a kernel clone. */
@MojoTest
class FindVersionsMojoTest extends MojoHarness {
  private static final String TREE = "target/mojo-tests/find-versions";

  @Test
  @InjectMojo(goal = "find-versions")
  void defaults(FindVersionsMojo mojo) {
    assertNull(mojo.kernelDir);
    assertEquals(512, mojo.packCacheMiB);
    assertEquals(basedir().resolve("data/patterns.yaml"), mojo.patternsFile(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "find-versions")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  void theOriginalToolsPatternsWinWhenPresent(FindVersionsMojo mojo) throws IOException {
    new DocsTree(inBasedir(TREE)).data("patterns.yaml", "{}\n");
    Path original = inBasedir(TREE + "/tools/version-finder/patterns.yaml");
    Files.createDirectories(original.getParent());
    Files.writeString(original, "{}\n");
    assertEquals(inBasedir(TREE + "/tools/version-finder/patterns.yaml"), mojo.patternsFile(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "find-versions")
  @UserProperty(name = "ebpfdocs.kernelDir", value = "/src/linux")
  @UserProperty(name = "ebpfdocs.patterns", value = "my-patterns.yaml")
  @UserProperty(name = "ebpfdocs.find-versions.packCacheMiB", value = "64")
  void userProperties(FindVersionsMojo mojo) {
    assertEquals(new File("/src/linux"), mojo.kernelDir);
    assertEquals(inBasedir("my-patterns.yaml"), mojo.patternsFile(mojo.settings()));
    assertEquals(64, mojo.packCacheMiB);
  }

  @Test
  @InjectMojo(goal = "find-versions")
  void withoutAKernelCloneItSaysHowToGetOne(FindVersionsMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("-Debpfdocs.kernelDir=PATH"), failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "find-versions")
  @UserProperty(name = "ebpfdocs.find-versions.skip", value = "true")
  void goalSkip(FindVersionsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.find-versions.skip");
  }
}
