package io.ebpfdocs.maven;

import io.ebpfdocs.ci.Annotation;
import io.ebpfdocs.ci.GitHubActions;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: where the docs tree is, strictness, the skips, and the translation of
 * core errors (input the user fixes -> failure; I/O trouble -> execution error).
 */
public abstract class AbstractDocsMojo extends AbstractMojo {

  /** A tree in the ebpf-docs layout: {@code docs/}, {@code data/}, {@code tools/}. */
  @Parameter(property = Options.ROOT, defaultValue = "${basedir}")
  protected File root;

  /** The Markdown pages; default {@code ROOT/docs}. */
  @Parameter(property = Options.DOCS_DIRECTORY)
  protected File docsDirectory;

  /** The YAML data files; default {@code ROOT/data}. */
  @Parameter(property = Options.DATA_DIRECTORY)
  protected File dataDirectory;

  /** Turn warnings (damaged markers, missing pages, data problems) into a build failure. */
  @Parameter(property = Options.STRICT, defaultValue = "false")
  protected boolean strict;

  /** Skip every goal of this plugin. */
  @Parameter(property = Options.SKIP, defaultValue = "false")
  protected boolean skip;

  /** The running plugin's version, for the commands that messages suggest. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  protected String pluginVersion;

  /** Null when the goal runs without a POM. */
  @Parameter(defaultValue = "${project.file}", readonly = true)
  protected File projectFile;

  /** The project's build directory; not interpolated when the goal runs without a POM. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  protected File buildDirectory;

  /** The directory of the project the goal runs for (the current directory without a POM). */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  protected File moduleDirectory;

  /** The build: its projects, and which one this execution is for. */
  @Parameter(defaultValue = "${session}", readonly = true)
  protected MavenSession session;

  /** How this goal was started: from the command line or from the lifecycle. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  protected MojoExecution mojoExecution;

  @Component
  private LifecycleExecutor lifecycle;

  @Component
  private BuildPluginManager plugins;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping " + goal() + " (" + Options.SKIP + "=true)");
      return;
    }
    if (goalSkipped()) {
      getLog().info("Skipping " + goal() + " (ebpfdocs." + goal() + ".skip=true)");
      return;
    }
    DocsSettings settings = settings();
    if (moduleWithoutDocs(settings)) {
      getLog().info("ebpfdocs:" + goal() + ": no docs/ here (" + settings.docsDir() + "), nothing to do in this module");
    } else {
      runOn(settings);
    }
    if (treeIsThisModule() && EveryModule.runsOnlyOnTheTop(session, mojoExecution)) {
      new EveryModule(session, lifecycle, plugins, getLog()).runInTheOtherModules(mojoExecution);
    }
  }

  private void runOn(DocsSettings settings) throws MojoExecutionException, MojoFailureException {
    try {
      run(settings);
    } catch (DocsException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(goal() + " could not read or write the docs tree: " + e.getMessage(), e);
    }
  }

  /**
   * In a multi-module build, {@code mvn ebpfdocs:GOAL} from the root runs in every module; those
   * without a docs tree of their own (the parent, the plugin) have nothing to do. Alone (a single
   * project, or no POM) a missing docs/ stays an error, and so does a tree the user pointed at.
   */
  private boolean moduleWithoutDocs(DocsSettings settings) {
    return projectFile != null && EveryModule.multiModule(session) && treeIsThisModule()
        && !Files.isDirectory(settings.docsDir());
  }

  /** Whether the tree is the project's own directory: no root or docs folder of the user's choosing. */
  private boolean treeIsThisModule() {
    return docsDirectory == null && moduleDirectory != null
        && root.getAbsoluteFile().toPath().normalize().equals(moduleDirectory.getAbsoluteFile().toPath().normalize());
  }

  /** The goal's name, as in {@code ebpfdocs:NAME}. */
  protected abstract String goal();

  /** The goal's own skip parameter ({@code ebpfdocs.GOAL.skip}). */
  protected abstract boolean goalSkipped();

  protected abstract void run(DocsSettings settings) throws DocsException, IOException, MojoFailureException;

  /** Generator inputs by property name; subclasses with inputs of their own add to it. */
  protected Map<String, String> options() {
    return new LinkedHashMap<>();
  }

  /** What the core gets: the parameters translated into one settings record. */
  DocsSettings settings() {
    DocsSettings settings = DocsSettings.forRoot(root.toPath()).withStrict(strict);
    if (docsDirectory != null) {
      settings = settings.withDocsDir(docsDirectory.toPath());
    }
    if (dataDirectory != null) {
      settings = settings.withDataDir(dataDirectory.toPath());
    }
    for (Map.Entry<String, String> option : options().entrySet()) {
      settings = settings.withOption(option.getKey(), option.getValue());
    }
    return settings;
  }

  /** The build folder: the project's, or {@code ROOT/target} when the goal runs without a POM. */
  protected Path buildFolder(DocsSettings settings) {
    return projectFile != null ? buildDirectory.toPath() : settings.root().resolve("target");
  }

  /**
   * In a GitHub Actions job ({@code GITHUB_ACTIONS=true}) prints each finding as a workflow command,
   * shown at its line of a pull request; appends a summary to {@code $GITHUB_STEP_SUMMARY} when set.
   */
  protected void annotate(String headline, List<Annotation> findings) throws IOException {
    Optional<Consumer<String>> commands = "true".equals(System.getenv("GITHUB_ACTIONS"))
        ? Optional.of(System.out::println) // a command is read only at the start of a line: not through the log
        : Optional.empty();
    Optional<Path> summary = Optional.ofNullable(System.getenv("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()).map(Path::of);
    new GitHubActions(commands, summary).publish(goal(), headline, findings);
  }

  /** The command that runs {@code goal} the way this run was started. */
  protected String command(String goal) {
    if (projectFile != null) {
      return "mvn ebpfdocs:" + goal + " -f " + projectFile;
    }
    return "mvn io.ebpfdocs:ebpf-docs-maven-plugin:" + pluginVersion + ":" + goal + " -D" + Options.ROOT + "=" + root;
  }
}
