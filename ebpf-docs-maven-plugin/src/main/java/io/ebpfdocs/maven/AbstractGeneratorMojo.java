package io.ebpfdocs.maven;

import io.ebpfdocs.ci.Findings;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that run generators: one named generator, all of them, or all without writing. */
public abstract class AbstractGeneratorMojo extends AbstractInputsMojo {

  /** Maven's offline flag ({@code -o}): downloads are off, the cache is used. */
  @Parameter(defaultValue = "${settings.offline}", readonly = true)
  protected boolean offline;

  /** {@code warn} or {@code fail} when data/kfuncs.yaml and the BTF disagree (pages are written either way). */
  @Parameter(property = Options.KFUNCS_VALIDATE, defaultValue = "warn")
  protected String kfuncsValidate;

  /** {@code fail}: a start marker whose region cannot be found fails the run (after writing); {@code warn} only warns. */
  @Parameter(property = Options.CHECK_DAMAGED, defaultValue = "fail")
  protected String checkDamaged;

  /** Rewrite {@code DATA/ebpfdocs-baseline.txt} so that it accepts this run's warnings. */
  @Parameter(property = Options.BASELINE_UPDATE, defaultValue = "false")
  protected boolean baselineUpdate;

  @Override
  protected Map<String, String> options() {
    Map<String, String> options = super.options();
    options.put(Options.OFFLINE, String.valueOf(offline));
    options.put(Options.KFUNCS_VALIDATE, kfuncsValidate);
    options.put(Options.CHECK_DAMAGED, checkDamaged);
    options.put(Options.BASELINE_UPDATE, String.valueOf(baselineUpdate));
    return options;
  }

  /** The command, with the options that chose this run's sources, so that it reads what this run read. */
  @Override
  protected String command(String goal) {
    StringBuilder command = new StringBuilder(super.command(goal));
    appendOption(command, Options.LIBBPF, libbpf);
    appendOption(command, Options.LIBBPF_REF, libbpfRef);
    appendOption(command, Options.HELPER_DEFS_FILE, helperDefsFile == null ? null : helperDefsFile.getPath());
    appendOption(command, Options.BTF, btf);
    return offline ? command.append(" -o").toString() : command.toString();
  }

  private static void appendOption(StringBuilder command, String property, String value) {
    if (value != null && !value.isBlank()) {
      String option = "-D" + property + "=" + value.trim();
      command.append(' ').append(option.matches("[\\w.,:/=+@%-]+") ? option : "'" + option.replace("'", "'\\''") + "'");
    }
  }

  /** The generators to run; empty for all of them. */
  protected abstract List<String> generators();

  protected Mode mode() {
    return Mode.WRITE;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException, MojoFailureException {
    DocsRun.Outcome outcome = DocsRun.run(settings, Generators.all(), generators(), mode());
    outcome.report().notes().forEach(getLog()::info);
    for (Warning warning : outcome.newWarnings()) {
      getLog().warn(warning.toString());
    }
    outcome.baselineNotes().forEach(getLog()::info);
    getLog().info(goal() + ": " + outcome.summary(mode()));
    annotate(outcome.summary(mode()), Findings.of(outcome, mode()));
    List<String> failures = new ArrayList<>();
    outcome.report().failures().forEach(failure -> failures.add(failure.toString()));
    afterRun(outcome).ifPresent(failures::add);
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("\n", failures));
    }
  }

  /** What a goal does with the outcome beyond logging it: a failure message, or empty when it passes. */
  protected Optional<String> afterRun(DocsRun.Outcome outcome) {
    return Optional.empty();
  }
}
