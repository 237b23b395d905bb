package io.ebpfdocs.versions.bench;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.versions.FeatureVersionsFile;
import io.ebpfdocs.versions.PackCache;
import io.ebpfdocs.versions.PatternConfig;
import io.ebpfdocs.versions.ProgressListener;
import io.ebpfdocs.versions.VersionFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * On-demand benchmark (not a unit test): generates a synthetic kernel-like history, runs
 * find-versions on it, the original algorithm (git subprocesses, time-limited, extrapolated past
 * the limit) on a clone of it, and the read-every-blob-once floor; prints the three wall times,
 * the ratios and whether every version and commit agree.
 *
 * <pre>
 * args: [--commits N] [--tags N] [--files N] [--features N] [--merge-every N] [--seed N]
 *       [--limit-seconds N] [--work DIR] [--pack-cache-mib N] [--skip-original] [--reuse]
 * </pre>
 */
public final class FindVersionsBenchmark {
  private static final String TAG_RULE = "^v[0-9]+\\.[0-9]+$";

  public static void main(String[] args) throws Exception {
    // JDK SHA-1 for generating (JGit's collision-detecting one is several times slower)
    System.setProperty("org.eclipse.jgit.util.sha1.implementation", "jdkNative");
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--skip-original") || args[i].equals("--reuse")) {
        opts.put(args[i].substring(2), "true");
      } else {
        opts.put(args[i].substring(2), args[++i]);
      }
    }
    SyntheticKernel.Shape shape = new SyntheticKernel.Shape(
        Integer.parseInt(opts.getOrDefault("commits", "3000")),
        Integer.parseInt(opts.getOrDefault("tags", "50")),
        Integer.parseInt(opts.getOrDefault("files", "2000")),
        Integer.parseInt(opts.getOrDefault("features", "800")),
        Integer.parseInt(opts.getOrDefault("merge-every", "20")),
        Long.parseLong(opts.getOrDefault("seed", "1")));
    int packCacheMiB = Integer.parseInt(opts.getOrDefault("pack-cache-mib", "512"));
    if (packCacheMiB > 0) {
      PackCache.enlarge(packCacheMiB); // what the goal does by default
    }
    long limit = Long.parseLong(opts.getOrDefault("limit-seconds", "1800")) * 1_000_000_000L;
    Path work = Path.of(opts.getOrDefault("work", "target/bench-" + shape.commits()));
    Path source = work.resolve("source.git");
    Path clone = work.resolve("clone");
    SyntheticKernel kernel = new SyntheticKernel(shape);
    List<String> tags;
    long t0 = System.nanoTime();
    if (opts.containsKey("reuse") && Files.isDirectory(source)) { // same shape and seed: same bytes
      deleteTree(clone);
      tags = kernel.tagNames();
      print("reusing %s (%s)", source, shape);
    } else {
      deleteTree(work);
      tags = kernel.write(source);
      print("generated %s: %d tags in %s", shape, tags.size(), seconds(System.nanoTime() - t0));
    }

    PatternConfig config = new PatternConfig(SyntheticKernel.PATHSPECS,
        List.of(new PatternConfig.TagRule(TAG_RULE, Pattern.compile(TAG_RULE))),
        List.of(new PatternConfig.Group("synthetic", kernel.featureNames().stream()
            .map(name -> new PatternConfig.Feature(name, List.of())).toList())));

    long t1 = System.nanoTime();
    VersionFinder.Result ours = new VersionFinder(source, config, ProgressListener.SILENT)
        .find(Optional.empty());
    long oursNanos = System.nanoTime() - t1;
    Path output = work.resolve("find-versions.yaml");
    String text = FeatureVersionsFile.format(ours.data());
    if (Files.exists(output)) {
      print("same result as the previous run on this repository: %s", Files.readString(output).equals(text));
    }
    Files.writeString(output, text);
    print("find-versions: %s (%d commits walked, %d blobs / %d MiB read, %d trees)",
        seconds(oursNanos), ours.commitsWalked(), ours.blobsRead(), ours.bytesRead() >> 20,
        ours.treesRead());

    long t2 = System.nanoTime();
    VersionFinder.Result again = new VersionFinder(source, config, ProgressListener.SILENT)
        .find(Optional.of(ours.data()));
    print("find-versions again, incremental with its own output: %s (%d tags read), same data: %s",
        seconds(System.nanoTime() - t2), again.tagsRead(), again.data().equals(ours.data()));

    BlobReadBaseline.Figures floor = BlobReadBaseline.run(source, SyntheticKernel.PATHSPECS);
    print("read every blob under the pathspecs once: %s (%d blobs, %d MiB); find-versions / floor"
        + " = %.2f", seconds(floor.nanos()), floor.blobs(), floor.bytes() >> 20,
        (double) oursNanos / floor.nanos());

    if (opts.containsKey("skip-original")) {
      return;
    }
    Process cloning = new ProcessBuilder("git", "clone", "-q", source.toString(), clone.toString())
        .inheritIO().start();
    if (cloning.waitFor() != 0) {
      throw new IllegalStateException("git clone failed");
    }
    Map<String, FeatureVersions.Feature> mine = new HashMap<>();
    ours.data().groups().forEach(g -> g.features().forEach(f -> mine.put(f.name(), f)));
    OriginalAlgorithm.Outcome original = new OriginalAlgorithm(clone, SyntheticKernel.PATHSPECS)
        .run(kernel.featureNames(), Pattern.compile(TAG_RULE), limit);
    List<String> newestFirst = new java.util.ArrayList<>(tags);
    java.util.Collections.reverse(newestFirst);
    compare(mine, original, newestFirst, oursNanos);
  }

  private static void compare(Map<String, FeatureVersions.Feature> mine,
      OriginalAlgorithm.Outcome original, List<String> newestFirst, long oursNanos) {
    int agree = 0;
    int finished = 0;
    long expectedGreps = 0;
    int expectedBisections = 0;
    for (Map.Entry<String, OriginalAlgorithm.Found> e : original.found().entrySet()) {
      FeatureVersions.Feature ours = mine.get(e.getKey());
      expectedGreps += grepsFor(ours, newestFirst);
      expectedBisections += ours.commit().isEmpty() ? 0 : 1;
      if (!e.getValue().done()) {
        continue;
      }
      finished++;
      if (ours.version().equals(e.getValue().version()) && ours.commit().equals(e.getValue().commit())) {
        agree++;
      } else {
        print("DIFFERENT %s: ours %s %s, original %s %s", e.getKey(), ours.version(),
            ours.commit(), e.getValue().version(), e.getValue().commit());
      }
    }
    long total = original.nanos();
    String how = "measured";
    if (!original.complete()) {
      total += (long) ((expectedGreps - original.greps()) * original.nanosPerGrep()
          + (expectedBisections - original.bisections()) * original.nanosPerBisection());
      how = String.format("extrapolated: stopped after %s with %d of %d greps and %d of %d"
          + " bisections done, at %.1f ms per grep and %.0f ms per bisection",
          seconds(original.nanos()), original.greps(), expectedGreps, original.bisections(),
          expectedBisections, original.nanosPerGrep() / 1e6, original.nanosPerBisection() / 1e6);
    }
    print("original algorithm: %s (%s)", seconds(total), how);
    print("speed-up: %.0fx; agreement: %d of %d finished features have the same version and commit",
        (double) total / oursNanos, agree, finished);
  }

  /** How many greps the original runs for a feature, given its result. */
  private static long grepsFor(FeatureVersions.Feature ours, List<String> newestFirst) {
    if (ours.version().isEmpty()) {
      return 1;
    }
    return ours.commit().isEmpty() ? newestFirst.size() : newestFirst.indexOf(ours.version()) + 2;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  private static String seconds(long nanos) {
    return String.format("%.2f s", nanos / 1e9);
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(format, args));
  }
}
