package io.ebpfdocs.site.bench;

import io.ebpfdocs.bench.ChildJvm;
import io.ebpfdocs.bench.ChildJvm.Measured;
import io.ebpfdocs.site.Icons;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.SiteSources;
import io.ebpfdocs.site.config.MkDocsConfigReader;
import io.ebpfdocs.site.history.GitHistory;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * On-demand benchmark of production mode on the real tree with its history: whole processes (fresh JVMs,
 * same run) of the plain site, the production site with an empty card cache, and the production site
 * again (every card from the cache). The children print the git pass's time and the cards drawn.
 * Run from the repository root: {@code java -cp <test classpath> io.ebpfdocs.site.bench.ProductionBenchmark
 * [bundle] [generators.yaml]} (defaults ../shared/ebpf-docs-history.bundle and ../shared/ebpf-docs/data/generators.yaml).
 */
public final class ProductionBenchmark {
  private ProductionBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--git")) {
      gitPass(Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
      return;
    }
    if (args.length > 0 && args[0].startsWith("--")) {
      site(Path.of(args[1]), Path.of(args[2]), args[0].equals("--prod"));
      return;
    }
    Path bundle = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs-history.bundle").toAbsolutePath();
    Path generators = Path.of(args.length > 1 ? args[1] : "../shared/ebpf-docs/data/generators.yaml").toAbsolutePath();
    Path tree = Path.of("target", "bench-production", "tree").toAbsolutePath();
    Path out = tree.resolveSibling("site");
    delete(tree.getParent());
    Files.createDirectories(tree.getParent());
    if (new ProcessBuilder("git", "clone", "-q", bundle.toString(), tree.toString()).inheritIO().start().waitFor() != 0) {
      throw new IOException("git clone " + bundle + " failed");
    }
    Files.copy(generators, tree.resolve("data/generators.yaml"));
    Files.writeString(tree.resolve("mkdocs.yml"), "\nsite_url: https://docs.ebpf.io\n", StandardOpenOption.APPEND);
    ChildJvm.run(ProductionBenchmark.class, List.of(), "--git", tree.toString());
    // With the origins cache a deploy keeps: the first child fills it, the second walks with it from a cold JVM.
    Path origins = tree.resolveSibling("origins-cache");
    ChildJvm.run(ProductionBenchmark.class, List.of(), "--git", tree.toString(), origins.toString());
    ChildJvm.run(ProductionBenchmark.class, List.of(), "--git", tree.toString(), origins.toString());
    Measured plain = ChildJvm.run(ProductionBenchmark.class, List.of(), "--plain", tree.toString(), out.toString());
    Measured cold = ChildJvm.run(ProductionBenchmark.class, List.of(), "--prod", tree.toString(), out.toString());
    Measured warm = ChildJvm.run(ProductionBenchmark.class, List.of(), "--prod", tree.toString(), out.toString());
    System.out.printf("plain site:                     wall %d ms, cpu %d ms%n", plain.wallMs(), plain.cpuMs());
    System.out.printf("production, empty card cache:   wall %d ms, cpu %d ms (%.2fx plain wall)%n", cold.wallMs(),
        cold.cpuMs(), (double) cold.wallMs() / plain.wallMs());
    System.out.printf("production, cards cached:       wall %d ms, cpu %d ms (%.2fx plain wall)%n", warm.wallMs(),
        warm.cpuMs(), (double) warm.wallMs() / plain.wallMs());
    System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private static void site(Path tree, Path out, boolean prod) throws Exception {
    SiteSettings settings = SiteSettings.configured(tree.resolve("docs"), out, false,
        Runtime.getRuntime().availableProcessors(),
        MkDocsConfigReader.read(tree, Map.of(), icon -> Icons.svg(icon).isPresent()), null, null, null, prod);
    SiteBuilder.Result result = new SiteBuilder(settings, new MarkdownRenderer(), line -> {
      if (line.startsWith("git history")) {
        System.out.println(line);
      }
    }).build();
    System.out.printf("%s: %d pages, %d cards drawn, in-process %d ms%n", prod ? "production" : "plain", result.pages(),
        result.cardsDrawn(), System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  /**
   * The git pass alone, in one JVM: the first walk (cold JIT, as in a build) and the median of five
   * more; with {@code originCache} (a folder), reading and filling the origins cache there.
   */
  private static void gitPass(Path tree, Path originCache) throws Exception {
    List<String> pages = SiteSources.scan(tree.resolve("docs")).pages();
    long[] ms = new long[6];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      GitHistory.read(tree.resolve("docs"), pages, originCache).orElseThrow();
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long first = ms[0];
    java.util.Arrays.sort(ms, 1, ms.length);
    System.out.printf("git pass%s: first %d ms, then median %d ms (%d pages)%n",
        originCache == null ? "" : " with the origins cache", first, ms[3], pages.size());
  }

  private static void delete(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
