package io.ebpfdocs.init;

import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Turns a checkout in the ebpf-docs layout into a Maven build: a POM that declares the plugin (so
 * its prefix resolves), JVM options for short runs, the GitHub Actions workflows, and target/ in
 * .gitignore. An existing file is never overwritten: what differs is written beside, under
 * {@value #PROPOSALS}, to be merged by hand.
 */
public final class ProjectInit {
  /** What an ebpf-docs checkout has at its root. */
  static final List<String> LAYOUT = List.of("docs", "data", "mkdocs.yml");
  /** Where the proposed text of a file left alone is written, relative to the root. */
  public static final String PROPOSALS = "target/ebpfdocs-init";
  static final String GITIGNORE = ".gitignore";
  static final String DEFAULT_BRANCH = "main";
  private static final String IGNORED = "target/";
  private static final Set<String> IGNORES_TARGET = Set.of("target", "target/", "/target", "/target/");

  /** A file of the build and its bundled template. */
  private record Template(String path, String resource) {}

  private static final List<Template> TEMPLATES = List.of(
      new Template("pom.xml", "pom.xml"),
      new Template(".mvn/jvm.config", "jvm.config"),
      new Template(".github/workflows/verify.yaml", "verify.yaml"),
      new Template(".github/workflows/deploy-gh-pages.yaml", "deploy-gh-pages.yaml"));

  private ProjectInit() {}

  public enum Action { CREATED, APPENDED, UP_TO_DATE, MERGE_BY_HAND }

  /** What init did to one file, {@code path} relative to the root. */
  public record Outcome(String path, Action action) {}

  /** Writes the files missing from {@code root}; {@code pluginVersion} is pinned in the POM. */
  public static List<Outcome> run(Path root, String pluginVersion) throws DocsException, IOException {
    requireLayout(root);
    String branch = branchOf(root);
    List<Outcome> outcomes = new ArrayList<>();
    for (Template template : TEMPLATES) {
      String text = BundledResources.text(ProjectInit.class, template.resource())
          .replace("@ebpfdocs.version@", pluginVersion)
          .replace("@branch@", branch);
      outcomes.add(new Outcome(template.path(), create(root, template.path(), text)));
    }
    outcomes.add(new Outcome(GITIGNORE, ignoreTarget(root.resolve(GITIGNORE))));
    return outcomes;
  }

  /**
   * The branch the workflows run on: the checkout's current branch (ebpf-docs: master), else
   * {@value #DEFAULT_BRANCH} (not a git checkout, or a detached HEAD).
   */
  static String branchOf(Path root) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      return DEFAULT_BRANCH;
    }
    try (Repository repository = builder.build()) {
      String branch = repository.getBranch();
      return branch == null || ObjectId.isId(branch) ? DEFAULT_BRANCH : branch;
    }
  }

  private static void requireLayout(Path root) throws DocsException {
    List<String> missing = LAYOUT.stream().filter(name -> !Files.exists(root.resolve(name))).toList();
    if (!missing.isEmpty()) {
      throw new DocsException(root + " is not an ebpf-docs checkout: it has no " + String.join(", ", missing)
          + ". Run ebpfdocs:init at the root of one (docs/, data/, mkdocs.yml), or pass -Debpfdocs.root=DIR");
    }
  }

  private static Action create(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (!Files.exists(file)) {
      AtomicFiles.write(file, bytes);
      return Action.CREATED;
    }
    if (text.equals(Files.readString(file, StandardCharsets.UTF_8))) {
      return Action.UP_TO_DATE;
    }
    AtomicFiles.writeIfChanged(root.resolve(PROPOSALS).resolve(path), bytes);
    return Action.MERGE_BY_HAND;
  }

  private static Action ignoreTarget(Path gitignore) throws IOException {
    if (!Files.exists(gitignore)) {
      AtomicFiles.write(gitignore, (IGNORED + "\n").getBytes(StandardCharsets.UTF_8));
      return Action.CREATED;
    }
    String text = Files.readString(gitignore, StandardCharsets.UTF_8);
    if (text.lines().map(String::strip).anyMatch(IGNORES_TARGET::contains)) {
      return Action.UP_TO_DATE;
    }
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    AtomicFiles.write(gitignore, (text + separator + IGNORED + "\n").getBytes(StandardCharsets.UTF_8));
    return Action.APPENDED;
  }

  /** One line per file for the log, then the commands to run next. */
  public static List<String> describe(List<Outcome> outcomes) {
    List<String> lines = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      lines.add(switch (outcome.action()) {
        case CREATED -> "created " + outcome.path();
        case APPENDED -> "appended " + IGNORED + " to " + outcome.path();
        case UP_TO_DATE -> "left alone " + outcome.path() + " (already as init writes it)";
        case MERGE_BY_HAND -> "left alone " + outcome.path() + " (it differs: merge by hand from "
            + PROPOSALS + "/" + outcome.path() + ")";
      });
    }
    lines.addAll(List.of(
        "Next:",
        "  mvn ebpfdocs:help          the goals and their parameters",
        "  mvn ebpfdocs:serve         preview the site while you write",
        "  mvn verify                 generated regions up to date, spelling (what CI runs on pull requests)",
        "  mvn -Pregenerate verify    rewrite the generated regions first",
        "  mvn site                   the site in target/site (-Pprod for the production site)",
        "  mvn ebpfdocs:spellcheck -Debpfdocs.spellcheck.update=true",
        "                             accept the unknown words into .aspell.en.pws (read the list it prints)",
        "then commit pom.xml, .mvn/, .github/workflows/ and .gitignore; the workflows replace",
        "generate-docs.yaml, spellcheck.yaml and deploy-gh-pages.yaml."));
    return lines;
  }
}
