package io.ebpfdocs.maven;

import io.ebpfdocs.ci.Findings;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import io.ebpfdocs.spelling.Spellcheck;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the spelling of the prose of every page under docs/ (headings, paragraphs, lists, tables,
 * admonitions, link texts, front-matter title and description) with Hunspell dictionaries and the
 * project's word list, and fails listing each unknown word at its file, line and column.
 */
@Mojo(name = "spellcheck", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class SpellcheckMojo extends AbstractDocsMojo {

  /**
   * Hunspell dictionaries, {@code PATH[,PATH...]}, each an {@code .aff} file with its {@code .dic}
   * beside it (or the path without extension); a word any of them knows is right. Default: the
   * system's en_US dictionary (Debian: {@code apt-get install hunspell-en-us}) and the other English
   * ones installed beside it (e.g. en_GB).
   */
  @Parameter(property = Options.SPELLCHECK_DICTIONARY)
  protected String dictionary;

  /**
   * More accepted words, one per line (aspell's personal dictionary format, the
   * {@code personal_ws-1.1 en 0} header optional), besides {@code ROOT/.aspell.en.pws}.
   */
  @Parameter(property = Options.SPELLCHECK_WORDS)
  protected File words;

  /** Fail the build when a word is unknown; with false, only report them. */
  @Parameter(property = Options.SPELLCHECK_FAIL, defaultValue = "true")
  protected boolean fail;

  /**
   * Add this run's unknown words, as found, to {@code ROOT/.aspell.en.pws} (created with aspell's
   * header when absent) and pass; the words added are listed, each at its first place, to review.
   */
  @Parameter(property = Options.SPELLCHECK_UPDATE, defaultValue = "false")
  protected boolean update;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.spellcheck.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "spellcheck";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected Map<String, String> options() {
    Map<String, String> options = super.options();
    options.put(Options.SPELLCHECK_DICTIONARY, dictionary);
    options.put(Options.SPELLCHECK_WORDS, words == null ? null : words.getPath());
    return options;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException, MojoFailureException {
    Report report = new Report();
    Spellcheck.Result result = Spellcheck.run(settings, report);
    for (Warning warning : report.warnings()) {
      getLog().warn(warning.toString());
    }
    getLog().info("spellcheck: " + result.summary());
    if (settings.strict() && !report.warnings().isEmpty()) {
      throw new MojoFailureException(report.warnings().size() + " page(s) could not be checked (strict mode); see the warnings above");
    }
    if (update && !result.findings().isEmpty()) {
      List<Spellcheck.Finding> added = Spellcheck.accept(settings, result);
      getLog().info("spellcheck: added " + added.size() + " word(s) to " + Spellcheck.PROJECT_WORDS
          + "; read them, a typo among them is now accepted:");
      added.forEach(f -> getLog().info("  " + f.word() + "  (" + f.page() + ":" + f.line() + ":" + f.column() + ")"));
      return;
    }
    annotate(result.summary(), Findings.of(result, report.warnings()));
    if (result.findings().isEmpty()) {
      return;
    }
    String message = result.findings().size() + " unknown word(s):\n" + result.details();
    if (fail) {
      throw new MojoFailureException(message);
    }
    getLog().warn(message);
  }
}
