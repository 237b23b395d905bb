package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

import io.ebpfdocs.DocsTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** export, query and scaffold: defaults, {@code -D} names, skips, and what a user sees. */
@MojoTest
class AnswerGoalsMojoTest extends MojoHarness {
  private static final String TREE = "target/mojo-tests/answers";

  /** A tree that knows bpf_x (used by XDP since v6.4) and has no page for it. */
  private static void tree() {
    new DocsTree(inBasedir(TREE))
        .data("feature-versions.yaml", "- name: helpers\n  features:\n    - {name: bpf_x, version: v5.1, commit: c51}\n")
        .data("helpers-functions.yaml", "programs:\n  BPF_PROG_TYPE_XDP:\n  - name: bpf_x\n    since: {version: 6.4}\n")
        .page("linux/program-type/BPF_PROG_TYPE_XDP.md", "# XDP\n");
  }

  @Test
  @InjectMojo(goal = "export")
  void exportDefaultsToTheSitesApiFolder(ExportMojo mojo) {
    assertNull(mojo.exportDirectory);
    assertEquals(basedir().resolve("target/site/api/v1"), mojo.directory(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "export")
  @UserProperty(name = "ebpfdocs.export.directory", value = "/srv/api")
  void exportDirectoryProperty(ExportMojo mojo) {
    assertEquals(Path.of("/srv/api"), mojo.directory(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "export")
  @UserProperty(name = "ebpfdocs.export.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void exportSkip(ExportMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.export.skip");
  }

  @Test
  @InjectMojo(goal = "query")
  @UserProperty(name = "ebpfdocs.name", value = "bpf_x")
  @UserProperty(name = "ebpfdocs.output", value = "target/mojo-tests/answer.json")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  void queryPrintsTheAnswerAndWritesItAsJson(QueryMojo mojo) throws Exception {
    tree();
    assertEquals("bpf_x", mojo.name);
    String answer = answerOf(mojo);
    assertTrue(answer.startsWith("bpf_x is a helper function.\n"), "on standard output, not in the log: " + answer);
    assertTrue(answer.contains("\n    BPF_PROG_TYPE_XDP since v6.4\n"), answer);
    assertTrue(Files.readString(inBasedir("target/mojo-tests/answer.json")).startsWith(
        "{\"name\":\"bpf_x\",\"matches\":[{\"kind\":\"helper\",\"name\":\"bpf_x\",\"version\":\"v5.1\""));
  }

  @Test
  @InjectMojo(goal = "query")
  @UserProperty(name = "ebpfdocs.kernel", value = "v6.3")
  @UserProperty(name = "ebpfdocs.progType", value = "xdp")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  void queryTheKernelFormTakesTheProgramTypeWithoutItsPrefixInAnyCase(QueryMojo mojo) throws Exception {
    tree();
    assertEquals("v6.3", mojo.kernel);
    assertEquals("xdp", mojo.progType);
    assertNull(mojo.output);
    assertTrue(answerOf(mojo).startsWith(
        "BPF_PROG_TYPE_XDP on v6.3: 0 helpers and 0 kfuncs available; 1 helper and 0 kfuncs arrive later.\n"));
  }

  /** Runs the goal and returns what it printed on its standard output. */
  private static String answerOf(QueryMojo mojo) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mojo.answers = new PrintStream(out, true, StandardCharsets.UTF_8);
    mojo.execute();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @InjectMojo(goal = "query")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void queryWithoutAQuestionSaysHowToAskOne(QueryMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("query needs either -Debpfdocs.name=NAME"), failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "query")
  @UserProperty(name = "ebpfdocs.kernel", value = "5")
  @UserProperty(name = "ebpfdocs.progType", value = "BPF_PROG_TYPE_XDP")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void queryRejectsAKernelThatIsNoRelease(QueryMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("-Debpfdocs.kernel=5 is not a kernel release; write it as vMAJOR.MINOR, e.g. v5.10", failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "query")
  @UserProperty(name = "ebpfdocs.query.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void querySkip(QueryMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.query.skip");
  }

  @Test
  @InjectMojo(goal = "scaffold")
  @UserProperty(name = "ebpfdocs.scaffold.dryRun", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  void scaffoldDryRunListsAndWritesNothing(ScaffoldMojo mojo) throws Exception {
    tree();
    assertTrue(mojo.dryRun);
    mojo.execute();
    verify(log).info("would create docs/linux/helper-function/bpf_x.md (helper function)");
    assertFalse(Files.exists(inBasedir(TREE + "/docs/linux/helper-function/bpf_x.md")));
  }

  @Test
  @InjectMojo(goal = "scaffold")
  void scaffoldWritesByDefault(ScaffoldMojo mojo) {
    assertFalse(mojo.dryRun);
  }

  @Test
  @InjectMojo(goal = "scaffold")
  @UserProperty(name = "ebpfdocs.scaffold.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void scaffoldSkip(ScaffoldMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.scaffold.skip");
  }
}
