package io.ebpfdocs.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Findings in GitHub Actions' language: one workflow command per finding
 * ({@code ::error file=F,line=N,col=C::MESSAGE}), which GitHub shows at that line of a pull request,
 * and a short Markdown summary appended to the job's summary file.
 */
public final class GitHubActions {
  /** Findings listed in the summary; the log has them all. */
  static final int SUMMARY_FINDINGS = 10;

  private final Optional<Consumer<String>> commands;
  private final Optional<Path> summaryFile;

  /**
   * @param commands where workflow commands go (standard output, at the start of a line), or empty
   *     when the run is not a GitHub Actions job
   * @param summaryFile the job's summary file ({@code $GITHUB_STEP_SUMMARY}), or empty
   */
  public GitHubActions(Optional<Consumer<String>> commands, Optional<Path> summaryFile) {
    this.commands = commands;
    this.summaryFile = summaryFile;
  }

  /** Prints the findings of {@code goal} as workflow commands and appends its summary. */
  public void publish(String goal, String headline, List<Annotation> findings) throws IOException {
    commands.ifPresent(out -> findings.forEach(finding -> out.accept(command(finding))));
    if (summaryFile.isPresent()) {
      Files.writeString(summaryFile.get(), summary(goal, headline, findings), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  /** The workflow command of one finding. */
  static String command(Annotation finding) {
    List<String> properties = new ArrayList<>();
    if (finding.file() != null && !finding.file().isEmpty()) {
      properties.add("file=" + escapeProperty(finding.file()));
      if (finding.line() > 0) {
        properties.add("line=" + finding.line());
        if (finding.column() > 0) {
          properties.add("col=" + finding.column());
        }
      }
    }
    return "::" + finding.level().command + (properties.isEmpty() ? "" : " " + String.join(",", properties))
        + "::" + escapeData(finding.message());
  }

  /** Markdown: the goal, its one-line outcome, the first findings. */
  static String summary(String goal, String headline, List<Annotation> findings) {
    StringBuilder out = new StringBuilder("### ebpfdocs:").append(goal).append("\n\n").append(headline).append("\n\n");
    findings.stream().limit(SUMMARY_FINDINGS).forEach(finding -> out.append("- ")
        .append(finding.level() == Annotation.Level.ERROR ? "error: " : "warning: ")
        .append(finding.located().replace("\n", " ")).append('\n'));
    if (findings.size() > SUMMARY_FINDINGS) {
      out.append("- … and ").append(findings.size() - SUMMARY_FINDINGS).append(" more in the log\n");
    }
    return out.append('\n').toString();
  }

  /** A command's message: {@code %}, CR and LF encoded, as the runner decodes them. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as a message, and {@code :} and {@code ,} too. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
