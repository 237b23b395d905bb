package io.ebpfdocs.site.bench;

import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.site.SiteBuilder;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * On-demand benchmark: renders the whole ebpf-docs corpus into target/bench-site and prints the
 * whole-process time (from JVM start), output size, page count and the link check's findings.
 * Run: {@code mvn -pl ebpf-docs-maven-plugin test-compile exec:java
 * -Dexec.mainClass=io.ebpfdocs.site.bench.SiteBenchmark -Dexec.classpathScope=test} or plain java
 * with the test classpath; argument: corpus folder (default ../../shared/ebpf-docs).
 */
public final class SiteBenchmark {
  private SiteBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/ebpf-docs");
    Path out = Path.of(args.length > 1 ? args[1] : "target/bench-site");
    long renderStart = System.nanoTime();
    SiteSettings settings = new SiteSettings(corpus.resolve("docs"), out, "eBPF Docs",
        "https://github.com/isovalent/ebpf-docs/edit/master/docs/", "https://github.com/isovalent/ebpf-docs",
        false, Runtime.getRuntime().availableProcessors());
    SiteBuilder.Result result = new SiteBuilder(settings, new MarkdownRenderer(), System.out::println).build();
    long buildMs = (System.nanoTime() - renderStart) / 1_000_000;
    long processMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    for (LinkProblem p : result.problems()) {
      System.out.println("link check: " + p);
    }
    System.out.printf("pages: %d%noutput: %.1f MiB%nbuild: %d ms%nwhole process: %d ms%nbroken links: %d%n",
        result.pages(), result.bytesWritten() / 1048576.0, buildMs, processMs, result.problems().size());
  }
}
