package io.ebpfdocs.bench;

import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.compat.Compatibility;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.compat.Query;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.generate.DocsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the answers of the real tree (read only) against a baseline measured in the same run:
 * reading every page once. Run on demand (not a test):
 *
 * <pre>mvn -B -pl ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.ebpfdocs.bench.ApiBenchmark [-Dexec.args="CORPUS ROUNDS"]</pre>
 */
public final class ApiBenchmark {
  private static final List<String> NAMES = List.of("bpf_loop", "bpf_map_lookup_elem", "bpf_task_acquire",
      "BPF_PROG_TYPE_XDP", "BPF_MAP_TYPE_RINGBUF", "BPF_PROG_LOAD", "bpf_lop");

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs").toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    DocsSettings settings = DocsSettings.forRoot(corpus);
    Compatibility compat = CompatibilityLoader.load(settings);
    Query query = new Query(compat);
    Path out = Files.createTempDirectory("ebpfdocs-api-bench");
    System.out.println("tree: " + corpus + " (" + compat.pages().size() + " pages, " + compat.helpers().size()
        + " helpers, " + compat.kfuncs().size() + " kfuncs)");

    long[] baseline = Bench.time(rounds, () -> readAllPages(settings.docsDir()));
    long[] load = Bench.time(rounds, () -> CompatibilityLoader.load(settings));
    long[] render = Bench.time(rounds, () -> ApiFiles.render(compat));
    long[] export = Bench.time(rounds, () -> ApiFiles.export(settings, out));
    long[] names = Bench.time(rounds, () -> NAMES.forEach(query::name));
    long[] kernel = Bench.time(rounds, () -> query.kernel(new KernelVersion(5, 10), "BPF_PROG_TYPE_XDP"));

    Bench.report("baseline: read every page", baseline, baseline);
    Bench.report("load data and page list", load, baseline);
    Bench.report("render the API", render, baseline);
    Bench.report("export (unchanged files)", export, baseline);
    Bench.report("query " + NAMES.size() + " names", names, baseline);
    Bench.report("query XDP on v5.10", kernel, baseline);
    try (Stream<Path> walk = Files.walk(out)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void readAllPages(Path docs) throws IOException {
    try (Stream<Path> walk = Files.walk(docs)) {
      for (Path page : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".md"))::iterator) {
        Files.readString(page);
      }
    }
  }
}
