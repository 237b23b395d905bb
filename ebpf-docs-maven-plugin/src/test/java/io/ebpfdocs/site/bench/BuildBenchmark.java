package io.ebpfdocs.site.bench;

import io.ebpfdocs.bench.MavenCommand;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.serve.bench.MkDocsConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * On-demand benchmark of a whole-tree site build against MkDocs and Hugo, each a whole process
 * started as a user starts it, on copies of the real tree, in one run:
 * <ul>
 *   <li>{@code mvn ebpfdocs:help}: Maven's own start with the plugin loaded;
 *   <li>{@code mvn ebpfdocs:site} on a tree without a build folder (a clean build), then again after
 *       one page was edited (the incremental build);
 *   <li>{@code mkdocs build} with the tree's {@code mkdocs.yml} minus what Debian or the snapshot lacks
 *       ({@link MkDocsConfig});
 *   <li>{@code hugo} on a copy of the Markdown (SUMMARY.md left out, {@code index.md} as Hugo's
 *       {@code _index.md}) with the minimal layout of the test resources: every page, its table of
 *       contents and highlighted code.
 * </ul>
 * Wall time, CPU time (user + system) and peak resident memory come from {@code /usr/bin/time}; each
 * command runs {@code rounds} times and the median by wall time is shown. Maven runs with default JVM
 * flags: no {@code MAVEN_OPTS} (unless {@code -Dbench.mavenOpts=...} is given) and no
 * {@code .mvn/jvm.config} of this repository ({@code MAVEN_BASEDIR} is the tree's copy).
 *
 * <p>Needs the plugin in the local repository. Run from the repository root: {@code mvn -B -pl
 * ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ebpfdocs.site.bench.BuildBenchmark -Dexec.args="[corpus-dir] [rounds]"}
 * (defaults ../shared/ebpf-docs, 1).
 */
public final class BuildBenchmark {
  private static final String EDITED_PAGE = "docs/linux/helper-function/bpf_map_lookup_elem.md";

  private BuildBenchmark() {}

  /** One command's whole-process figures. */
  record Timed(String name, double wallS, double cpuS, long peakMiB) {
    @Override
    public String toString() {
      return String.format("%-36s wall %6.2f s  cpu %6.2f s  peak RSS %4d MiB", name, wallS, cpuS, peakMiB);
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs").toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path work = Path.of("ebpf-docs-maven-plugin", "target", "bench-build").toAbsolutePath();
    Path ours = Corpus.copyTree(corpus, work.resolve("ebpf-docs"));
    List<String> site = MavenCommand.goal("site", "-Debpfdocs.root=.");

    Timed start = median(rounds, () -> run("mvn ebpfdocs:help (Maven's start)", ours, MavenCommand.goal("help")));
    Timed clean = median(rounds, () -> {
      Corpus.deleteTree(ours.resolve("target"));
      return run("mvn ebpfdocs:site, clean", ours, site);
    });
    Path edited = ours.resolve(EDITED_PAGE);
    String original = Files.readString(edited, StandardCharsets.UTF_8);
    int[] edit = {0};
    Timed incremental = median(rounds, () -> {
      Files.writeString(edited, original + "\nBenchmark edit " + edit[0]++ + ".\n", StandardCharsets.UTF_8);
      return run("mvn ebpfdocs:site, one page edited", ours, site);
    });
    Timed hugo = MavenCommand.onPath("hugo") ? median(rounds, hugo(corpus, work.resolve("hugo"))) : null;
    Timed mkdocs = MavenCommand.onPath("mkdocs") ? median(rounds, mkdocs(corpus, work.resolve("ebpf-docs-mkdocs"))) : null;

    System.out.println();
    Stream.of(start, clean, incremental, mkdocs, hugo).filter(t -> t != null).forEach(System.out::println);
    if (hugo != null) {
      System.out.printf("site / hugo:   wall %.2fx  cpu %.2fx  peak RSS %.2fx%n", clean.wallS / hugo.wallS,
          clean.cpuS / hugo.cpuS, (double) clean.peakMiB / hugo.peakMiB);
    } else {
      System.out.println("hugo not installed: no comparison (apt-get install hugo)");
    }
    if (mkdocs != null) {
      System.out.printf("mkdocs / site: wall %.2fx  cpu %.2fx%n", mkdocs.wallS / clean.wallS, mkdocs.cpuS / clean.cpuS);
    } else {
      System.out.println("mkdocs not installed: no comparison (apt-get install mkdocs mkdocs-material mkdocs-literate-nav)");
    }
    System.out.printf("one page edited: %.2f s beyond Maven's start (wall)%n", incremental.wallS - start.wallS);
    System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  @FunctionalInterface
  private interface Round {
    Timed run() throws Exception;
  }

  private static Timed median(int rounds, Round round) throws Exception {
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      timed.add(round.run());
      System.out.println(timed.get(i));
    }
    timed.sort(Comparator.comparingDouble(Timed::wallS));
    return timed.get(rounds / 2);
  }

  /** Hugo on a copy of the tree's Markdown with the minimal layout of the test resources. */
  private static Round hugo(Path corpus, Path site) throws IOException, URISyntaxException {
    Corpus.copyTree(Path.of(BuildBenchmark.class.getResource("hugo").toURI()), site);
    Path docs = corpus.resolve("docs");
    try (Stream<Path> walk = Files.walk(docs)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".md") && !p.endsWith("SUMMARY.md")).toList()) {
        String rel = docs.relativize(page).toString();
        // A folder's index.md is a leaf bundle to Hugo, which would hide the folder's other pages.
        Path copy = site.resolve("content").resolve(page.endsWith("index.md") ? rel.replaceAll("index\\.md$", "_index.md") : rel);
        Files.createDirectories(copy.getParent());
        Files.copy(page, copy);
      }
    }
    return () -> {
      Corpus.deleteTree(site.resolve("public"));
      return run("hugo", site, List.of("hugo", "--quiet"));
    };
  }

  private static Round mkdocs(Path corpus, Path tree) throws IOException {
    Corpus.copyTree(corpus, tree);
    Path config = MkDocsConfig.derive(tree.resolve("mkdocs.yml"), tree.resolve("mkdocs-bench.yml"));
    return () -> run("mkdocs build", tree, List.of("mkdocs", "build", "--quiet", "-f", config.toString()));
  }

  /** Runs a command in {@code dir} under {@code /usr/bin/time}; its output goes to a log beside {@code dir}. */
  private static Timed run(String name, Path dir, List<String> command) throws IOException, InterruptedException {
    Path times = dir.resolveSibling(dir.getFileName() + ".time");
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    List<String> timedCommand = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
    timedCommand.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timedCommand).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.remove("MAVEN_OPTS");
    String mavenOpts = System.getProperty("bench.mavenOpts");
    if (mavenOpts != null) {
      env.put("MAVEN_OPTS", mavenOpts);
    }
    env.put("MAVEN_BASEDIR", dir.toString()); // not this repository's .mvn/jvm.config
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log
          + (command.get(0).equals("mvn") ? " (is the plugin installed? mvn -DskipTests install)" : ""));
    }
    List<String> lines = Files.readAllLines(times); // the last line: "Command exited with ..." may come first
    String[] f = lines.get(lines.size() - 1).split(" ");
    return new Timed(name, Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
        Long.parseLong(f[3]) / 1024);
  }
}
