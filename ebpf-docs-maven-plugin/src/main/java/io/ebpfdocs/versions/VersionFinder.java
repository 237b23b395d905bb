package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Futures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds in which release tag, and by which commit, each configured feature appeared, reading the
 * kernel history from the object database only (no checkout). See the package documentation for
 * the rules.
 */
public final class VersionFinder {
  /** Two cores: one thread per core is where scanning stops paying. */
  static final int THREADS = 2;

  /** What a run found, plus what it read, for the summary line. */
  public record Result(FeatureVersions data, List<String> unconfigured, int tags, int tagsRead,
      int searches, long commitsWalked, long blobsRead, long bytesRead, long treesRead) {}

  private final Path kernelDir;
  private final PatternConfig config;
  private final ProgressListener listener;

  public VersionFinder(Path kernelDir, PatternConfig config, ProgressListener listener) {
    this.kernelDir = kernelDir;
    this.config = config;
    this.listener = listener;
  }

  /**
   * The whole goal: loads the patterns, merges the results into feature-versions.yaml of
   * {@code dataDir} (written atomically, only when changed) and reports one summary line.
   */
  public static Result run(Path kernelDir, Path patternsFile, Path dataDir,
      ProgressListener listener) throws IOException, DocsException {
    long start = System.nanoTime();
    PatternConfig config = PatternConfigLoader.load(patternsFile);
    Optional<FeatureVersions> existing = FeatureVersionsFile.read(dataDir);
    Path dataFile = dataDir.resolve(FeatureVersions.FILE);
    Result result = new VersionFinder(kernelDir, config, listener).find(existing);
    if (!result.unconfigured().isEmpty()) {
      listener.warn(dataFile + ": kept " + result.unconfigured().size()
          + " entries whose patterns are no longer configured: "
          + String.join(", ", result.unconfigured()));
    }
    boolean written = FeatureVersionsFile.write(dataDir, result.data());
    listener.summary(String.format(
        "find-versions: %d features, %d of %d tags read, %d commit searches over %d commits,"
            + " %d blobs (%d MiB) and %d trees read in %s; %s %s",
        result.data().groups().stream().mapToInt(g -> g.features().size()).sum(),
        result.tagsRead(), result.tags(), result.searches(), result.commitsWalked(),
        result.blobsRead(), result.bytesRead() >> 20, result.treesRead(),
        ProgressMeter.duration(System.nanoTime() - start), written ? "wrote" : "unchanged",
        dataFile));
    return result;
  }

  /**
   * Resolves every configured feature; entries of {@code existing} are trusted for the tags it
   * covered (see {@link Incremental}) and the ones no longer configured are kept.
   */
  public Result find(Optional<FeatureVersions> existing) throws IOException, DocsException {
    try (Repository repo = KernelRepository.open(kernelDir);
        ReaderPool readers = new ReaderPool(repo)) {
      List<ReleaseTag> tags = ReleaseTag.select(repo, config);
      if (tags.isEmpty()) {
        throw new DocsException(kernelDir + ": no tag matches the tag rules "
            + config.tags().stream().map(PatternConfig.TagRule::source).toList()
            + "; fetch the release tags (git -C " + kernelDir + " fetch --tags) or fix 'tags'");
      }
      FeatureIndex index = new FeatureIndex(config);
      Incremental incremental = Incremental.of(index, tags, existing);
      TreeScanner scanner = new TreeScanner(new Pathspecs(config.files()), new WordMatcher(index),
          index.size());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon());
      try {
        TagScan tagScan = new TagScan(tags, scanner, readers, pool);
        ProgressMeter tagMeter = new ProgressMeter(listener, "tags scanned", tags.size(), System::nanoTime);
        List<TagWalk.Verdict> verdicts = TagWalk.walk(index.size(), tags.size(),
            incremental.trusted(), incremental.frontier(), tagScan::at,
            resolved -> tagMeter.step(", " + resolved + "/" + index.size() + " features resolved"));
        Searches searches = new Searches(tags, verdicts);
        long walked = searches.run(new CommitSearch(scanner), readers, pool, listener);
        FeatureVersions found = assemble(index, tags, verdicts, searches, incremental);
        Merge merge = Merge.of(found, existing);
        return new Result(merge.data(), merge.unconfigured(), tags.size(), tagScan.read(),
            searches.count(), walked, scanner.blobsRead(), scanner.bytesRead(), scanner.treesRead());
      } finally {
        stop(pool);
      }
    } catch (MissingObjectException e) {
      throw KernelRepository.missing(kernelDir, e);
    }
  }

  /**
   * Drops queued work and waits for running tasks (a prefetched tag scan, say) before the readers
   * close: a reader closed under a running task hands its inflater back to JGit's shared cache
   * while the task still inflates with it, and whoever takes it next reads garbage. No interrupt:
   * an interrupted read closes JGit's pack file channels.
   */
  private static void stop(ExecutorService pool) {
    pool.shutdown();
    if (pool instanceof ThreadPoolExecutor executor) {
      executor.getQueue().clear();
    }
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a tag scan of a large tree can take a while; it is bounded, keep waiting
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static FeatureVersions assemble(FeatureIndex index, List<ReleaseTag> tags,
      List<TagWalk.Verdict> verdicts, Searches searches, Incremental incremental) {
    Map<String, List<FeatureVersions.Feature>> groups = new LinkedHashMap<>();
    for (FeatureIndex.Entry entry : index.entries()) {
      TagWalk.Verdict verdict = verdicts.get(entry.index());
      FeatureVersions.Feature feature;
      if (verdict.trusted()) {
        feature = incremental.earlier(entry);
      } else if (verdict.version() == TagWalk.Verdict.ABSENT) {
        feature = new FeatureVersions.Feature(entry.name(), "", "", 0);
      } else {
        ObjectId commit = searches.commit(entry.index());
        feature = new FeatureVersions.Feature(entry.name(), tags.get(verdict.version()).name(),
            commit == null ? "" : commit.name(), 0);
      }
      groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(feature);
    }
    List<FeatureVersions.Group> out = new ArrayList<>();
    groups.forEach((name, features) -> out.add(new FeatureVersions.Group(name, features, 0)));
    return new FeatureVersions(out);
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "find-versions");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Scans tags in walk order, one tag ahead on the second core. */
  private static final class TagScan {
    private final List<ReleaseTag> tags;
    private final TreeScanner scanner;
    private final ReaderPool readers;
    private final ExecutorService pool;
    private final Map<Integer, Future<FeatureSet>> started = new HashMap<>();
    private int read;

    TagScan(List<ReleaseTag> tags, TreeScanner scanner, ReaderPool readers, ExecutorService pool) {
      this.tags = tags;
      this.scanner = scanner;
      this.readers = readers;
      this.pool = pool;
    }

    FeatureSet at(int i) throws IOException {
      start(i);
      start(i + 1);
      read = i + 1;
      return Futures.await(started.remove(i));
    }

    int read() {
      return read;
    }

    private void start(int i) {
      if (i < tags.size() && i >= read && !started.containsKey(i)) {
        ObjectId commit = tags.get(i).commit();
        started.put(i, pool.submit(() -> {
          ObjectReader reader = readers.get();
          try (RevWalk walk = new RevWalk(reader)) {
            return scanner.scanRoot(reader, walk.parseCommit(commit).getTree());
          }
        }));
      }
    }
  }

  /** The commit searches the tag walk asks for, one task per tag range, on both cores. */
  private static final class Searches {
    private final Map<Long, List<Integer>> byRange = new LinkedHashMap<>();
    private final List<ReleaseTag> tags;
    private final Map<Integer, ObjectId> commits = new HashMap<>();

    Searches(List<ReleaseTag> tags, List<TagWalk.Verdict> verdicts) {
      this.tags = tags;
      for (int f = 0; f < verdicts.size(); f++) {
        TagWalk.Verdict v = verdicts.get(f);
        if (v.searchFrom() >= 0) {
          long range = (long) v.searchFrom() << 32 | v.version();
          byRange.computeIfAbsent(range, r -> new ArrayList<>()).add(f);
        }
      }
    }

    int count() {
      return byRange.values().stream().mapToInt(List::size).sum();
    }

    ObjectId commit(int feature) {
      return commits.get(feature);
    }

    /** Runs the searches; returns the number of commits walked. */
    long run(CommitSearch search, ReaderPool readers, ExecutorService pool,
        ProgressListener listener) throws IOException, DocsException {
      ProgressMeter meter = new ProgressMeter(listener, "bisections done", count(), System::nanoTime);
      Map<Long, Future<List<ObjectId>>> futures = new LinkedHashMap<>();
      byRange.forEach((range, features) -> futures.put(range, pool.submit(() -> {
        ReleaseTag good = tags.get((int) (range >>> 32));
        ReleaseTag bad = tags.get((int) (long) range);
        List<ObjectId> found = search.search(readers.get(), good.commit(), bad.commit(),
            features.stream().mapToInt(Integer::intValue).toArray());
        features.forEach(f -> meter.step());
        return found;
      })));
      for (Map.Entry<Long, Future<List<ObjectId>>> e : futures.entrySet()) {
        List<Integer> features = byRange.get(e.getKey());
        List<ObjectId> found = Futures.await(e.getValue());
        for (int i = 0; i < features.size(); i++) {
          if (found.get(i) == null) {
            ReleaseTag good = tags.get((int) (e.getKey() >>> 32));
            ReleaseTag bad = tags.get((int) (long) e.getKey());
            throw new DocsException("tag " + bad.name() + " is older than tag "
                + good.name() + " in history but newer by date, so no commit lies between them;"
                + " fix the tag dates or exclude one of them in 'tags'");
          }
          commits.put(features.get(i), found.get(i));
        }
      }
      return search.walked();
    }
  }
}
