package io.ebpfdocs.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubActionsTest {
  @TempDir
  Path dir;

  @Test
  void oneCommandPerFindingAtItsPlace() {
    assertEquals("::error file=docs/a.md,line=3,col=7::unknown word 'wrod'",
        GitHubActions.command(Annotation.error("docs/a.md", 3, 7, "unknown word 'wrod'")));
    assertEquals("::error file=docs/a.md,line=3::stale", GitHubActions.command(Annotation.error(new Warning("docs/a.md", 3, "stale"))));
    assertEquals("::warning file=docs/a.md::whole file", GitHubActions.command(Annotation.warning(new Warning("docs/a.md", 0, "whole file"))));
    assertEquals("::error::no file", GitHubActions.command(Annotation.error(new Warning("", 0, "no file"))));
  }

  @Test
  void escapesAsTheWorkflowCommandsSpecSays() {
    assertEquals("::error file=docs/a%2Cb%3Ac%25.md,line=1::100%25 done%0D%0Anext: a, b",
        GitHubActions.command(Annotation.error("docs/a,b:c%.md", 1, 0, "100% done\r\nnext: a, b")));
  }

  @Test
  void printsCommandsOnlyInAJobAndAppendsTheSummary() throws Exception {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "before\n");
    List<String> printed = new ArrayList<>();
    List<Annotation> findings = IntStream.rangeClosed(1, 12)
        .mapToObj(i -> Annotation.error("docs/p.md", i, 0, "finding " + i)).toList();
    new GitHubActions(Optional.of(printed::add), Optional.of(summary)).publish("check", "12 stale", findings);
    assertEquals(12, printed.size());
    String text = Files.readString(summary);
    assertTrue(text.startsWith("before\n### ebpfdocs:check\n\n12 stale\n\n- error: docs/p.md:1: finding 1\n"), text);
    assertTrue(text.contains("- error: docs/p.md:10: finding 10\n- … and 2 more in the log\n"), text);
    assertFalse(text.contains("finding 11"), text);
  }
}
