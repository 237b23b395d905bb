package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.libbpf.LibbpfRef;
import io.ebpfdocs.libbpf.LibbpfSources;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Pins the newest commit of libbpf's default branch in {@code ROOT/tools/libbpf-ref}: the HEAD of
 * {@code -Debpfdocs.libbpf} when it is a git repository, else the HEAD of libbpf's GitHub
 * repository (git ls-remote). Prints the old and new commit and the command that regenerates the
 * pages from it.
 */
@Mojo(name = "update-libbpf-ref", requiresProject = false, threadSafe = true)
public class UpdateLibbpfRefMojo extends AbstractDocsMojo {

  /** A libbpf clone whose HEAD is pinned; otherwise libbpf's GitHub repository is asked. */
  @Parameter(property = Options.LIBBPF)
  protected String libbpf;

  /** Maven's offline flag ({@code -o}): the remote is not asked. */
  @Parameter(defaultValue = "${settings.offline}", readonly = true)
  protected boolean offline;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.update-libbpf-ref.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return "update-libbpf-ref";
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings) throws DocsException, IOException {
    settings.requireDocsDir();
    LibbpfRef.Update update = LibbpfRef.update(settings.root(), libbpf, LibbpfRef.REMOTE, offline);
    String pinned = LibbpfSources.REF_FILE;
    if (update.changed()) {
      getLog().info(pinned + ": " + update.before().orElse("(none)") + " -> " + update.after() + ", from " + update.from());
      String source = libbpf == null || libbpf.isBlank() ? "" : " -D" + Options.LIBBPF + "=" + libbpf;
      getLog().info("Regenerate the pages from it: " + command("generate") + source);
    } else {
      getLog().info(pinned + ": already " + update.after() + " (" + update.from() + "), nothing to do");
    }
  }
}
