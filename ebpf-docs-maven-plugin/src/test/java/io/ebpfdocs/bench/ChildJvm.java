package io.ebpfdocs.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs a benchmark's main class in a fresh JVM and measures the whole process (wall and CPU time). */
public final class ChildJvm {
  private static long lastChildCpu;

  private ChildJvm() {}

  /** Whole-process times of one child run. */
  public record Measured(long wallMs, long cpuMs) {}

  public static Measured run(Class<?> main, List<String> jvmFlags, String... args)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = Stream.of(Stream.of(java), jvmFlags.stream(),
        Stream.of("-cp", classPath(main), main.getName()), Stream.of(args))
        .flatMap(x -> x).toList();
    return run(command, null);
  }

  /** Whole-process times of any command, run in {@code directory} (null: this one), which must succeed. */
  public static Measured run(List<String> command, Path directory) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(directory == null ? null : directory.toFile())
        .inheritIO().start();
    Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
    return new Measured(wall, childCpu(cpu));
  }

  /**
   * The class path {@code main} was loaded from: under {@code exec:java} that is the plugin's
   * class loader, not {@code java.class.path} (Maven's launcher).
   */
  private static String classPath(Class<?> main) {
    if (main.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
      return Stream.of(loader.getURLs())
          .map(url -> {
            try {
              return Path.of(url.toURI()).toString();
            } catch (URISyntaxException e) {
              throw new IllegalStateException(e);
            }
          })
          .collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  /** CPU time of the finished child, read from /proc of this process (children's user+system time). */
  private static long childCpu(Duration fallback) throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.exists(stat)) {
      return fallback.toMillis();
    }
    String text = Files.readString(stat);
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // cutime + cstime
    long cumulative = ticks * 10; // USER_HZ is 100 on Linux
    long previous = lastChildCpu;
    lastChildCpu = cumulative;
    return cumulative - previous;
  }
}
