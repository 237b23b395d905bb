package io.ebpfdocs.bench;

import io.ebpfdocs.bench.ChildJvm.Measured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * On-demand benchmark of the {@code .mvn/jvm.config} that {@code ebpfdocs:init} writes: whole
 * {@code mvn} processes of short goals on a tree init has prepared, with each set of JVM options,
 * in interleaved rounds (so that load changes hit every variant alike); medians and ratios against
 * no options, measured in the same run.
 * Run from the repository root, once the plugin is installed in LOCAL_REPO:
 * {@code mvn -pl ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ebpfdocs.bench.JvmConfigBenchmark -Dexec.args="TREE LOCAL_REPO LIBBPF [ROUNDS]"}.
 * The tree's jvm.config is left as init writes it.
 */
public final class JvmConfigBenchmark {
  private static final List<String> VARIANTS = List.of("", "-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

  private JvmConfigBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]).toAbsolutePath();
    String repo = Path.of(args[1]).toAbsolutePath().toString();
    String libbpf = Path.of(args[2]).toAbsolutePath().toString();
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Path config = tree.resolve(".mvn/jvm.config");
    String written = Files.readString(config);
    Map<String, List<String>> goals = new LinkedHashMap<>();
    goals.put("check", List.of("ebpfdocs:check", "-Debpfdocs.check.fail=false", "-Debpfdocs.libbpf=" + libbpf));
    goals.put("site", List.of("ebpfdocs:site"));
    try {
      for (Map.Entry<String, List<String>> goal : goals.entrySet()) {
        Map<String, List<Measured>> byVariant = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
          for (String variant : VARIANTS) {
            Files.writeString(config, variant + "\n");
            List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-q", "-Dmaven.repo.local=" + repo));
            command.addAll(goal.getValue());
            byVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(ChildJvm.run(command, tree));
          }
        }
        List<Measured> baseline = byVariant.get("");
        byVariant.forEach((variant, runs) -> System.out.printf("%-6s %-45s wall %6d ms (%.2fx)  cpu %6d ms (%.2fx)%n",
            goal.getKey(), variant.isEmpty() ? "(no options: baseline)" : variant,
            median(runs, Measured::wallMs), ratio(runs, baseline, Measured::wallMs),
            median(runs, Measured::cpuMs), ratio(runs, baseline, Measured::cpuMs)));
      }
    } finally {
      Files.writeString(config, written);
    }
  }

  private static long median(List<Measured> runs, ToLongFunction<Measured> value) {
    return runs.stream().mapToLong(value).sorted().skip(runs.size() / 2).findFirst().orElseThrow();
  }

  private static double ratio(List<Measured> runs, List<Measured> baseline, ToLongFunction<Measured> value) {
    return (double) median(runs, value) / median(baseline, value);
  }
}
