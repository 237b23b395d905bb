package io.ebpfdocs.maven;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ebpfdocs.compat.ApiJson;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.compat.Query;
import io.ebpfdocs.compat.QueryReport;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Answers from the docs' own data, offline, for any kernel: what a name is (program type, map type,
 * helper, kfunc, syscall command, library function…), since which release and commit, which
 * program and map types may use it and since when, its kfunc flags and its page; or, with a kernel
 * and a program type, what that program type can call on that kernel and what arrives later.
 */
@Mojo(name = "query", requiresProject = false, threadSafe = true)
public class QueryMojo extends AbstractDocsMojo {

  /** The name to explain, e.g. {@code bpf_loop}. */
  @Parameter(property = Options.QUERY_NAME)
  protected String name;

  /** A kernel release, e.g. {@code v5.10}; with {@code progType}: what that program type can call on it. */
  @Parameter(property = Options.QUERY_KERNEL)
  protected String kernel;

  /** A program type, e.g. {@code BPF_PROG_TYPE_XDP} or {@code xdp}; with {@code kernel}. */
  @Parameter(property = Options.QUERY_PROG_TYPE)
  protected String progType;

  /** Also write the answer to this file as JSON (the shapes of the JSON API). */
  @Parameter(property = Options.QUERY_OUTPUT)
  protected File output;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.query.skip", defaultValue = "false")
  protected boolean skipGoal;

  /** Where the answer goes: standard output (a test's buffer). */
  PrintStream answers = System.out;

  @Override
  protected String goal() {
    return "query";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException, MojoFailureException {
    boolean kernelForm = !blank(kernel) || !blank(progType);
    if (blank(name) == !kernelForm || kernelForm && (blank(kernel) || blank(progType))) {
      throw new MojoFailureException("query needs either -D" + Options.QUERY_NAME + "=NAME (e.g. bpf_loop) or both -D"
          + Options.QUERY_KERNEL + "=vX.Y and -D" + Options.QUERY_PROG_TYPE + "=BPF_PROG_TYPE_… (e.g. -D"
          + Options.QUERY_KERNEL + "=v5.10 -D" + Options.QUERY_PROG_TYPE + "=BPF_PROG_TYPE_XDP)");
    }
    Optional<KernelVersion> version = kernelForm ? Optional.of(kernelVersion()) : Optional.empty();
    Query query = new Query(CompatibilityLoader.load(settings));
    List<String> lines;
    ObjectNode json;
    if (version.isPresent()) {
      Query.KernelAnswer answer = query.kernel(version.get(), progType.trim());
      lines = QueryReport.lines(answer);
      json = QueryReport.json(answer);
    } else {
      Query.NameAnswer answer = query.name(name.trim());
      lines = QueryReport.lines(answer);
      json = QueryReport.json(answer);
    }
    // The answer is the goal's output, not its log: -q silences the log only.
    lines.forEach(answers::println);
    answers.flush();
    if (output != null) {
      byte[] text = (ApiJson.text(json) + "\n").getBytes(StandardCharsets.UTF_8);
      boolean written = AtomicFiles.writeIfChanged(output.toPath(), text);
      getLog().info(written ? "Answer written to " + output : "Answer unchanged in " + output);
    }
  }

  /** The kernel of the question, checked before anything is read. */
  KernelVersion kernelVersion() throws MojoFailureException {
    return KernelVersion.parse(kernel.trim()).orElseThrow(() -> new MojoFailureException(
        "-D" + Options.QUERY_KERNEL + "=" + kernel + " is not a kernel release; write it as vMAJOR.MINOR, e.g. v5.10"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
