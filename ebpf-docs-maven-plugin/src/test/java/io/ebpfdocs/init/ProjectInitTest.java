package io.ebpfdocs.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.init.ProjectInit.Action;
import io.ebpfdocs.init.ProjectInit.Outcome;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitTest {
  @TempDir
  Path root;

  private void layout() throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("mkdocs.yml"), "site_name: x\n");
  }

  private static Map<String, Action> byPath(List<Outcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(Outcome::path, Outcome::action));
  }

  @Test
  void writesEveryFileWithThePluginVersionPinned() throws Exception {
    layout();
    Map<String, Action> done = byPath(ProjectInit.run(root, "1.2.3"));
    assertEquals(Map.of("pom.xml", Action.CREATED, ".mvn/jvm.config", Action.CREATED,
        ".github/workflows/verify.yaml", Action.CREATED, ".github/workflows/deploy-gh-pages.yaml", Action.CREATED,
        ".gitignore", Action.CREATED), done);
    String pom = Files.readString(root.resolve("pom.xml"));
    assertTrue(pom.contains("<ebpfdocs.version>1.2.3</ebpfdocs.version>"), pom);
    assertTrue(pom.contains("<goal>spellcheck</goal>") && pom.contains("<id>regenerate</id>")
        && pom.contains("<ebpfdocs.site.prod>true</ebpfdocs.site.prod>"), pom);
    assertEquals("target/\n", Files.readString(root.resolve(".gitignore")));
    assertTrue(Files.readString(root.resolve(".github/workflows/verify.yaml")).contains("mvn -B verify"));
    assertTrue(Files.readString(root.resolve(".github/workflows/deploy-gh-pages.yaml")).contains("mvn -B -Pprod site"));
  }

  @Test
  void theWorkflowsRunOnTheCheckoutsBranchWithTheWholeHistory() throws Exception {
    layout();
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("master").call()) {
      ProjectInit.run(root, "1.2.3");
    }
    String deploy = Files.readString(root.resolve(".github/workflows/deploy-gh-pages.yaml"));
    assertTrue(deploy.contains("branches: [master]") && deploy.contains("fetch-depth: 0")
        && deploy.contains("path: target/site-cache"), deploy);
    assertTrue(Files.readString(root.resolve(".github/workflows/verify.yaml")).contains("branches: [master]"));
  }

  @Test
  void outsideGitTheWorkflowsRunOnMain() throws Exception {
    layout();
    ProjectInit.run(root, "1.2.3");
    assertTrue(Files.readString(root.resolve(".github/workflows/verify.yaml")).contains("branches: [main]"));
  }

  @Test
  void aSecondRunChangesNothing() throws Exception {
    layout();
    ProjectInit.run(root, "1.2.3");
    Map<String, byte[]> before = Corpus.snapshot(root);
    List<Outcome> again = ProjectInit.run(root, "1.2.3");
    assertTrue(again.stream().allMatch(o -> o.action() == Action.UP_TO_DATE), again::toString);
    Map<String, byte[]> after = Corpus.snapshot(root);
    assertEquals(before.keySet(), after.keySet());
    assertEquals(Set.of(), Corpus.changed(before, after));
  }

  @Test
  void leavesExistingFilesAloneAndProposesTheirText() throws Exception {
    layout();
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.writeString(root.resolve(".gitignore"), "site");
    Map<String, Action> done = byPath(ProjectInit.run(root, "1.2.3"));
    assertEquals(Action.MERGE_BY_HAND, done.get("pom.xml"));
    assertEquals("<project/>\n", Files.readString(root.resolve("pom.xml")));
    assertTrue(Files.readString(root.resolve(ProjectInit.PROPOSALS + "/pom.xml")).contains("1.2.3"));
    assertEquals(Action.APPENDED, done.get(".gitignore"));
    assertEquals("site\ntarget/\n", Files.readString(root.resolve(".gitignore")));
    String log = String.join("\n", ProjectInit.describe(ProjectInit.run(root, "1.2.3")));
    assertTrue(log.contains("left alone pom.xml (it differs: merge by hand from target/ebpfdocs-init/pom.xml)"), log);
    assertTrue(log.contains("left alone .gitignore (already as init writes it)"), log);
    assertTrue(log.contains("mvn ebpfdocs:serve"), log);
  }

  @Test
  void refusesATreeThatIsNotInTheLayout() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    DocsException e = assertThrows(DocsException.class, () -> ProjectInit.run(root, "1.2.3"));
    assertTrue(e.getMessage().contains("not an ebpf-docs checkout: it has no data, mkdocs.yml"), e.getMessage());
    assertTrue(e.getMessage().contains("-Debpfdocs.root=DIR"), e.getMessage());
    assertFalse(Files.exists(root.resolve("pom.xml")), "nothing written");
  }
}
