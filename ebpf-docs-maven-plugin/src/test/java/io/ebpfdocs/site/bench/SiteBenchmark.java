package io.ebpfdocs.site.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.ebpfdocs.bench.ChildJvm;
import io.ebpfdocs.bench.ChildJvm.Measured;
import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * On-demand benchmark of the site build over the whole ebpf-docs corpus. Runs two fresh JVMs in the
 * same run and reports whole-process times (wall and CPU) as a ratio:
 * <ul>
 *   <li>baseline: read every page and render it with plain flexmark (CommonMark, no extensions), no output;
 *   <li>site: the full site build into target/bench-site (pages, nav, search index, assets, link check);
 *   <li>site, C1 only: the same with {@code -XX:TieredStopAtLevel=1}, because for a batch this short the
 *       C2 compiler's work is most of the CPU time (what {@code .mvn/jvm.config} could set for Maven).
 * </ul>
 * Run: {@code mvn -pl ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ebpfdocs.site.bench.SiteBenchmark} or plain {@code java -cp <test classpath>
 * io.ebpfdocs.site.bench.SiteBenchmark [corpus-dir]}, from the repository root (default ../shared/ebpf-docs).
 */
public final class SiteBenchmark {
  private SiteBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--site")) {
      site(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length > 0 && args[0].equals("--baseline")) {
      baseline(Path.of(args[1]));
    } else {
      // Run from the repository root, the snapshot sits beside it.
      Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs").toAbsolutePath();
      Path out = Path.of("target", "bench-site").toAbsolutePath();
      Measured baseline = child(List.of(), "--baseline", corpus.toString());
      Measured site = child(List.of(), "--site", corpus.toString(), out.toString());
      Measured siteC1 = child(List.of("-XX:TieredStopAtLevel=1"), "--site", corpus.toString(), out.toString());
      System.out.printf("baseline (plain flexmark, no output): wall %d ms, cpu %d ms%n", baseline.wallMs(), baseline.cpuMs());
      System.out.printf("site build:                           wall %d ms, cpu %d ms%n", site.wallMs(), site.cpuMs());
      System.out.printf("site build, C1 only:                  wall %d ms, cpu %d ms%n", siteC1.wallMs(), siteC1.cpuMs());
      System.out.printf("site / baseline: wall %.2fx, cpu %.2fx; C1 only: wall %.2fx, cpu %.2fx; "
              + "load average %.1f on %d cores%n",
          (double) site.wallMs() / baseline.wallMs(), (double) site.cpuMs() / baseline.cpuMs(),
          (double) siteC1.wallMs() / baseline.wallMs(), (double) siteC1.cpuMs() / baseline.cpuMs(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
  }

  private static Measured child(List<String> jvmFlags, String... args) throws IOException, InterruptedException {
    return ChildJvm.run(SiteBenchmark.class, jvmFlags, args);
  }

  private static void site(Path corpus, Path out) throws Exception {
    SiteSettings settings = new SiteSettings(corpus.resolve("docs"), out, "eBPF Docs",
        "https://github.com/isovalent/ebpf-docs/edit/master/docs/", "https://github.com/isovalent/ebpf-docs",
        false, Runtime.getRuntime().availableProcessors());
    SiteBuilder.Result result = new SiteBuilder(settings, new MarkdownRenderer(), line -> { }).build();
    for (LinkProblem p : result.problems()) {
      System.out.println("link check: " + p);
    }
    long processMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf("site: %d pages, output %.1f MiB, %d broken links, in-process %d ms%n", result.pages(),
        result.bytesWritten() / 1048576.0, result.problems().size(), processMs);
  }

  private static void baseline(Path corpus) throws IOException {
    Parser parser = Parser.builder().build();
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    long chars = 0;
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(corpus.resolve("docs"))) {
      pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path page : pages) {
      chars += renderer.render(parser.parse(Files.readString(page, StandardCharsets.UTF_8))).length();
    }
    System.out.printf("baseline: %d pages, %d chars of HTML%n", pages.size(), chars);
  }
}
