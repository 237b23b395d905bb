package io.ebpfdocs.versions;

import io.ebpfdocs.report.Futures;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The features present in a tree, read straight from the object database. Results are memoized by
 * blob id and by tree id (content addresses), so a tree costs only the subtrees and files not seen
 * before, and a changed directory costs only its changed entries. Each blob is read and scanned at
 * most once per run, also when two threads ask for it.
 * Thread-safe; every caller passes its own {@link ObjectReader}.
 */
final class TreeScanner {
  /** Bound on memoized trees; past it the tree memo starts over (blobs stay memoized). */
  private static final int TREE_MEMO_LIMIT = 2_000_000;

  private final Pathspecs pathspecs;
  private final WordMatcher matcher;
  private final int featureCount;
  private final Map<ObjectId, CompletableFuture<FeatureSet>> blobs = new ConcurrentHashMap<>(1 << 16);
  private final Map<TreeKey, FeatureSet> trees = new ConcurrentHashMap<>(1 << 16);
  private final Map<FeatureSet, FeatureSet> interned = new ConcurrentHashMap<>();
  private final AtomicLong blobsRead = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong treesRead = new AtomicLong();

  /** A tree wholly under the pathspecs has {@code path == null}: its result is path-independent. */
  private record TreeKey(String path, ObjectId id) {}

  /** A directory as last read, with how many of its entries hold each feature. */
  private record Listing(RawTree tree, int[] counts) {}

  /**
   * Per thread, the last version read of each directory: a new version of a directory usually
   * differs from it in an entry or two, so only those are looked at (no lookup per entry).
   */
  private final ThreadLocal<Map<String, Listing>> recent = ThreadLocal.withInitial(HashMap::new);

  TreeScanner(Pathspecs pathspecs, WordMatcher matcher, int featureCount) {
    this.pathspecs = pathspecs;
    this.matcher = matcher;
    this.featureCount = featureCount;
  }

  /** The features present in the files of the root tree {@code tree} selected by the pathspecs. */
  FeatureSet scanRoot(ObjectReader reader, ObjectId tree) throws IOException {
    return scanTree(reader, tree, "", Pathspecs.Coverage.SOME);
  }

  long blobsRead() {
    return blobsRead.get();
  }

  long bytesRead() {
    return bytesRead.get();
  }

  long treesRead() {
    return treesRead.get();
  }

  private FeatureSet scanTree(ObjectReader reader, ObjectId id, String path, Pathspecs.Coverage cov)
      throws IOException {
    TreeKey key = new TreeKey(cov == Pathspecs.Coverage.ALL ? null : path, id.copy());
    FeatureSet known = trees.get(key);
    if (known != null) {
      return known;
    }
    treesRead.incrementAndGet();
    RawTree tree = new RawTree(reader.open(id, Constants.OBJ_TREE).getCachedBytes());
    Map<String, Listing> lastSeen = recent.get();
    Listing before = lastSeen.get(path);
    int[] counts;
    if (before == null) {
      counts = new int[featureCount];
      for (int i = 0; i < tree.size(); i++) {
        entry(reader, tree, i, path, cov).count(counts, 1);
      }
    } else {
      counts = before.counts().clone();
      countChanges(reader, before.tree(), tree, path, cov, counts);
    }
    lastSeen.put(path, new Listing(tree, counts));
    FeatureSet result = intern(FeatureSet.ofCounts(counts));
    if (trees.size() >= TREE_MEMO_LIMIT) {
      trees.clear();
    }
    trees.put(key, result);
    return result;
  }

  /**
   * Updates the per-feature entry counts of {@code old} to those of {@code now} (two versions of
   * one directory) by looking only at the entries that differ.
   */
  private void countChanges(ObjectReader reader, RawTree old, RawTree now, String path,
      Pathspecs.Coverage cov, int[] counts) throws IOException {
    int i = 0;
    int j = 0;
    while (i < old.size() || j < now.size()) {
      if (i < old.size() && j < now.size() && old.sameEntry(i, now, j)) {
        i++;
        j++;
        continue;
      }
      int order = i == old.size() ? 1 : j == now.size() ? -1 : old.compareName(i, now, j);
      if (order <= 0) { // removed or changed: its old content no longer counts
        entry(reader, old, i++, path, cov).count(counts, -1);
      }
      if (order >= 0) { // added or changed
        entry(reader, now, j++, path, cov).count(counts, 1);
      }
    }
  }

  /** The features entry {@code i} of a tree at {@code path} contributes. */
  private FeatureSet entry(ObjectReader reader, RawTree tree, int i, String path,
      Pathspecs.Coverage cov) throws IOException {
    if (tree.isTree(i)) {
      String child = join(path, tree.name(i));
      Pathspecs.Coverage childCov =
          cov == Pathspecs.Coverage.ALL ? cov : pathspecs.coverage(child);
      return childCov == Pathspecs.Coverage.NONE
          ? FeatureSet.EMPTY : scanTree(reader, tree.id(i), child, childCov);
    }
    // git grep reads regular files only: symlinks and submodules are skipped
    if (tree.isFile(i)
        && (cov == Pathspecs.Coverage.ALL || pathspecs.matches(join(path, tree.name(i))))) {
      MutableObjectId blob = new MutableObjectId();
      tree.id(i, blob);
      return scanBlob(reader, blob);
    }
    return FeatureSet.EMPTY;
  }

  private FeatureSet scanBlob(ObjectReader reader, AnyObjectId id) throws IOException {
    CompletableFuture<FeatureSet> known = blobs.get(id); // the common case: no lock, no garbage
    if (known != null) {
      return Futures.await(known);
    }
    CompletableFuture<FeatureSet> mine = new CompletableFuture<>();
    CompletableFuture<FeatureSet> theirs = blobs.putIfAbsent(id.copy(), mine);
    if (theirs != null) {
      return Futures.await(theirs);
    }
    try {
      byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
      blobsRead.incrementAndGet();
      bytesRead.addAndGet(bytes.length);
      FeatureSet result = intern(matcher.scan(bytes));
      mine.complete(result);
      return result;
    } catch (IOException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** One instance per distinct set; reads first, as most sets (above all the empty one) exist. */
  private FeatureSet intern(FeatureSet set) {
    if (set.isEmpty()) {
      return FeatureSet.EMPTY;
    }
    FeatureSet known = interned.get(set);
    if (known != null) {
      return known;
    }
    FeatureSet prior = interned.putIfAbsent(set, set);
    return prior == null ? set : prior;
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
