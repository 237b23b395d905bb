package io.ebpfdocs.ci;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.report.Warning;
import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.spelling.Spellcheck;
import java.util.ArrayList;
import java.util.List;

/** What each goal found, as annotations at their place. */
public final class Findings {
  private Findings() {}

  /** A generator run: its failures, its stale regions when it only checked, its warnings that the baseline does not accept. */
  public static List<Annotation> of(DocsRun.Outcome outcome, DocsRun.Mode mode) {
    List<Annotation> annotations = new ArrayList<>();
    outcome.report().failures().forEach(failure -> annotations.add(Annotation.error(failure)));
    if (mode == DocsRun.Mode.CHECK) {
      outcome.report().staleRegions().forEach(stale -> annotations.add(Annotation.error(stale.page(), stale.line(), 0,
          "stale generated region " + stale.region() + ": run ebpfdocs:generate and commit the result")));
    }
    outcome.newWarnings().forEach(warning -> annotations.add(Annotation.warning(warning)));
    return annotations;
  }

  /** A spellcheck: each unknown word at its column, then the pages it could not check. */
  public static List<Annotation> of(Spellcheck.Result result, List<Warning> warnings) {
    List<Annotation> annotations = new ArrayList<>();
    result.findings().forEach(f -> annotations.add(Annotation.error(f.page(), f.line(), f.column(), "unknown word '"
        + f.word() + "'" + (f.suggestions().isEmpty() ? "" : " (suggestions: " + String.join(", ", f.suggestions()) + ")"))));
    warnings.forEach(warning -> annotations.add(Annotation.warning(warning)));
    return annotations;
  }

  /** The site's link check: each broken link or anchor. */
  public static List<Annotation> ofLinks(List<LinkProblem> problems) {
    return problems.stream().map(problem -> Annotation.error(problem.file(), problem.line(), 0, problem.message())).toList();
  }
}
