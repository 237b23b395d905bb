package io.ebpfdocs.bench;

import io.ebpfdocs.bench.ChildJvm.Measured;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import io.ebpfdocs.spelling.Spellcheck;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * On-demand benchmark of {@code spellcheck} over the whole ebpf-docs tree, as whole processes (fresh
 * JVMs, median of {@code --rounds} runs each, default 3), against a baseline measured in the same run:
 * <ul>
 *   <li>baseline: read every page and parse it with the site's parser (what any check of the prose
 *       costs at least);
 *   <li>spellcheck: the goal's core with the system's English dictionaries and the tree's word list;
 *   <li>spellcheck, C1 only: the same with {@code -XX:TieredStopAtLevel=1}, as {@code .mvn/jvm.config}
 *       runs Maven in this repository.
 * </ul>
 * Run from the repository root: {@code mvn -pl ebpf-docs-maven-plugin test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.ebpfdocs.bench.SpellcheckBenchmark
 * [-Dexec.args="CORPUS --rounds N"]} (default corpus ../shared/ebpf-docs).
 */
public final class SpellcheckBenchmark {
  private SpellcheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--baseline")) {
      baseline(Path.of(args[1]));
      return;
    }
    if (args.length > 0 && args[0].equals("--spellcheck")) {
      spellcheck(Path.of(args[1]));
      return;
    }
    Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/ebpf-docs").toAbsolutePath();
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[i + 1]);
      }
    }
    List<Measured> baseline = new ArrayList<>();
    List<Measured> spellcheck = new ArrayList<>();
    List<Measured> spellcheckC1 = new ArrayList<>();
    for (int i = 0; i < rounds; i++) { // interleaved, so that load changes hit all three alike
      baseline.add(ChildJvm.run(SpellcheckBenchmark.class, List.of(), "--baseline", corpus.toString()));
      spellcheck.add(ChildJvm.run(SpellcheckBenchmark.class, List.of(), "--spellcheck", corpus.toString()));
      spellcheckC1.add(ChildJvm.run(SpellcheckBenchmark.class, List.of("-XX:TieredStopAtLevel=1"), "--spellcheck",
          corpus.toString()));
    }
    print("baseline (read + parse every page)", baseline, baseline);
    print("spellcheck", spellcheck, baseline);
    print("spellcheck, C1 only", spellcheckC1, baseline);
    System.out.printf("%d rounds; load average %.1f on %d cores%n", rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
  }

  private static void print(String what, List<Measured> runs, List<Measured> baseline) {
    long wall = median(runs, Measured::wallMs);
    long cpu = median(runs, Measured::cpuMs);
    System.out.printf("%-36s wall %6d ms (%.2fx), cpu %6d ms (%.2fx)%n", what, wall,
        (double) wall / median(baseline, Measured::wallMs), cpu, (double) cpu / median(baseline, Measured::cpuMs));
  }

  private static long median(List<Measured> runs, ToLongFunction<Measured> value) {
    return runs.stream().map(value::applyAsLong).sorted(Comparator.naturalOrder()).toList().get(runs.size() / 2);
  }

  private static void baseline(Path corpus) throws Exception {
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(corpus.resolve("docs"))) {
      pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    long nodes = 0;
    for (Path page : pages) {
      nodes += markdown.parse(Files.readString(page, StandardCharsets.UTF_8), "page.md").getChildChars().length();
    }
    System.out.printf("baseline: %d pages, %d chars parsed%n", pages.size(), nodes);
  }

  private static void spellcheck(Path corpus) throws Exception {
    Spellcheck.Result result = Spellcheck.run(DocsSettings.forRoot(corpus), new Report());
    System.out.println("spellcheck: " + result.summary());
  }
}
