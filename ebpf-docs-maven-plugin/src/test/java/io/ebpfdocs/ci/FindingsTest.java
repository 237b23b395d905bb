package io.ebpfdocs.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.spelling.Spellcheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {
  /** Every warning of the report is new: no baseline accepts it. */
  private static DocsRun.Outcome outcome(Report report) {
    return new DocsRun.Outcome(List.of(), List.of(), 1, 1, List.of(), 0, report, DocsSettings.forRoot(Path.of("tree")),
        report.warnings(), List.of());
  }

  @Test
  void aCheckAnnotatesFailuresStaleRegionsAndWarnings() {
    Report report = new Report();
    report.failAfterWriting("data/kfuncs.yaml", 4, "disagrees with the BTF");
    report.stale("docs/a.md", "FEATURE_TAG", 7);
    report.warn("docs/b.md", 3, "damaged marker");
    assertEquals(List.of(
        Annotation.error("data/kfuncs.yaml", 4, 0, "disagrees with the BTF"),
        Annotation.error("docs/a.md", 7, 0, "stale generated region FEATURE_TAG: run ebpfdocs:generate and commit the result"),
        Annotation.warning(new Warning("docs/b.md", 3, "damaged marker"))), Findings.of(outcome(report), DocsRun.Mode.CHECK));
  }

  @Test
  void writtenRegionsAreNoFinding() {
    Report report = new Report();
    report.stale("docs/a.md", "FEATURE_TAG", 7);
    assertEquals(List.of(), Findings.of(outcome(report), DocsRun.Mode.WRITE));
  }

  @Test
  void eachUnknownWordAtItsColumnAndEachBrokenLink() {
    Spellcheck.Result result = new Spellcheck.Result(1, 9, List.of(
        new Spellcheck.Finding("docs/a.md", 2, 5, "wrod", List.of("word", "wold")),
        new Spellcheck.Finding("docs/a.md", 3, 1, "Frobnicator", List.of())));
    assertEquals(List.of(
        Annotation.error("docs/a.md", 2, 5, "unknown word 'wrod' (suggestions: word, wold)"),
        Annotation.error("docs/a.md", 3, 1, "unknown word 'Frobnicator'"),
        Annotation.warning(new Warning("docs/c.md", 0, "not UTF-8"))),
        Findings.of(result, List.of(new Warning("docs/c.md", 0, "not UTF-8"))));
    assertEquals(List.of(Annotation.error("docs/a.md", 8, 0, "broken link x.md")),
        Findings.ofLinks(List.of(new LinkProblem("docs/a.md", 8, "broken link x.md"))));
  }
}
