package io.ebpfdocs.maven;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.versions.PackCache;
import io.ebpfdocs.versions.ProgressListener;
import io.ebpfdocs.versions.VersionFinder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Finds in which kernel release and commit each configured feature appeared, from the history of
 * a Linux clone (read only, never checked out), and merges the result into
 * {@code DATA/feature-versions.yaml}. Not part of {@code generate}: it needs a kernel clone.
 */
@Mojo(name = FindVersionsMojo.GOAL, requiresProject = false, threadSafe = true)
public class FindVersionsMojo extends AbstractDocsMojo {
  static final String GOAL = "find-versions";

  /** The Linux clone (work tree or bare); it must have full history and the release tags. */
  @Parameter(property = Options.KERNEL_DIR)
  protected File kernelDir;

  /**
   * The pattern configuration; default {@code ROOT/tools/version-finder/patterns.yaml} when it
   * exists, else {@code DATA/patterns.yaml}.
   */
  @Parameter(property = Options.PATTERNS)
  protected File patterns;

  /** MiB of pack data JGit may cache (JVM-wide); 0 keeps JGit's defaults. */
  @Parameter(property = Options.PACK_CACHE_MIB, defaultValue = "512")
  protected int packCacheMiB;

  /** Skip this goal. */
  @Parameter(property = "ebpfdocs.find-versions.skip", defaultValue = "false")
  protected boolean skipGoal;

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean goalSkipped() {
    return skipGoal;
  }

  @Override
  protected void run(DocsSettings settings)
      throws DocsException, IOException, MojoFailureException {
    if (kernelDir == null) {
      throw new MojoFailureException("find-versions needs a Linux clone: add -D" + Options.KERNEL_DIR
          + "=PATH (git clone https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git)");
    }
    if (packCacheMiB > 0) {
      PackCache.enlarge(packCacheMiB);
    }
    VersionFinder.run(kernelDir.toPath(), patternsFile(settings), settings.dataDir(), new ProgressListener() {
      @Override
      public void progress(String line) {
        getLog().info(line);
      }

      @Override
      public void warn(String line) {
        getLog().warn(line);
      }

      @Override
      public void summary(String line) {
        getLog().info(line);
      }
    });
  }

  /** The pattern configuration this run reads. */
  Path patternsFile(DocsSettings settings) {
    if (patterns != null) {
      return patterns.toPath();
    }
    Path original = settings.root().resolve("tools/version-finder/patterns.yaml");
    return Files.isRegularFile(original) ? original : settings.dataDir().resolve("patterns.yaml");
  }
}
