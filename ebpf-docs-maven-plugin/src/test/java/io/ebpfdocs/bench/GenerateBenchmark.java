package io.ebpfdocs.bench;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.mtu.MtuTableGenerator;
import io.ebpfdocs.registry.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times {@code generate} and {@code check} in-process on a copy of the real tree, against a
 * baseline measured in the same run: reading every page of the tree once, the least any generator
 * must do. Run on demand (not a test):
 *
 * <pre>mvn -B -pl ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.ebpfdocs.bench.GenerateBenchmark [-Dexec.args="CORPUS ROUNDS [LIBBPF]"]</pre>
 *
 * <p>With LIBBPF (a libbpf checkout or a folder with its src/ files) the libbpf generators run too.
 */
public final class GenerateBenchmark {
  private GenerateBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Run from the repository root, the snapshot sits beside it.
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs").toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Path tree = Files.createTempDirectory("ebpfdocs-bench");
    copy(corpus, tree);
    DocsSettings settings = DocsSettings.forRoot(tree)
        .withOption(Options.LIBBPF, args.length > 2 ? Path.of(args[2]).toAbsolutePath().toString() : null);
    // The first generate brings the copy to a fixed point (the timeline); later runs measure the
    // steady state a maintainer sees: everything generated, nothing to write.
    DocsRun.Outcome first = DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE);
    System.out.println("tree: " + corpus + " (" + first.pagesRead() + " pages read, " + first.regions()
        + " regions, " + first.ran() + ")");

    long[] baseline = Bench.time(rounds, () -> readAllPages(tree.resolve("docs")));
    long[] generate = Bench.time(rounds, () -> DocsRun.run(settings, Generators.all(), List.of(), Mode.WRITE));
    long[] check = Bench.time(rounds, () -> DocsRun.run(settings, Generators.all(), List.of(), Mode.CHECK));
    long[] mtu = Bench.time(rounds,
        () -> DocsRun.run(settings, Generators.all(), List.of(MtuTableGenerator.NAME), Mode.CHECK));

    Bench.report("baseline: read every page", baseline, baseline);
    Bench.report("generate", generate, baseline);
    Bench.report("check", check, baseline);
    Bench.report("check, gen-mtu-table alone", mtu, baseline);
    try (Stream<Path> walk = Files.walk(tree)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void readAllPages(Path docs) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(docs)) {
      walk.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    for (Path page : pages) {
      Files.readString(page);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
          target.toFile().setWritable(true, true);
        }
      }
    }
  }
}
