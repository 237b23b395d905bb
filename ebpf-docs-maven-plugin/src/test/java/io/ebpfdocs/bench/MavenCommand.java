package io.ebpfdocs.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command lines of the benchmarks that run the installed plugin as a user runs it: {@code mvn -B -o group:artifact:version:goal}. */
public final class MavenCommand {
  private MavenCommand() {}

  /** {@code mvn} calling one goal of the plugin by its full coordinates, in the local repository this JVM was given. */
  public static List<String> goal(String goal, String... properties) {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o"));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    command.add("io.ebpfdocs:ebpf-docs-maven-plugin:" + pluginVersion() + ":" + goal);
    command.addAll(List.of(properties));
    return command;
  }

  public static String pluginVersion() {
    String version = MavenCommand.class.getPackage().getImplementationVersion();
    return version != null ? version : System.getProperty("ebpfdocs.pluginVersion", "0.1.0-SNAPSHOT");
  }

  /** Whether a command is on the PATH. */
  public static boolean onPath(String command) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
