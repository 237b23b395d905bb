package io.ebpfdocs.versions;

import java.io.IOException;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The features present in a tree, read straight from the object database. Results are memoized by
 * blob id and by tree id (content addresses), so a tree costs only the subtrees and files not seen
 * before. Each blob is read and scanned at most once per run, also when two threads ask for it.
 * Thread-safe; every caller passes its own {@link ObjectReader}.
 */
final class TreeScanner {
  /** Bound on memoized trees; past it the tree memo starts over (blobs stay memoized). */
  private static final int TREE_MEMO_LIMIT = 2_000_000;

  private final Pathspecs pathspecs;
  private final WordMatcher matcher;
  private final Map<ObjectId, CompletableFuture<FeatureSet>> blobs = new ConcurrentHashMap<>(1 << 16);
  private final Map<TreeKey, FeatureSet> trees = new ConcurrentHashMap<>(1 << 16);
  private final Map<FeatureSet, FeatureSet> interned = new ConcurrentHashMap<>();
  private final AtomicLong blobsRead = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong treesRead = new AtomicLong();

  /** A tree wholly under the pathspecs has {@code path == null}: its result is path-independent. */
  private record TreeKey(String path, ObjectId id) {}

  TreeScanner(Pathspecs pathspecs, WordMatcher matcher) {
    this.pathspecs = pathspecs;
    this.matcher = matcher;
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
    BitSet present = new BitSet();
    CanonicalTreeParser parser = new CanonicalTreeParser();
    parser.reset(reader.open(id, Constants.OBJ_TREE).getCachedBytes());
    MutableObjectId entryId = new MutableObjectId();
    for (; !parser.eof(); parser.next()) {
      int mode = parser.getEntryRawMode();
      String child = null;
      if (FileMode.TREE.equals(mode)) {
        Pathspecs.Coverage childCov = cov;
        if (cov != Pathspecs.Coverage.ALL) {
          child = join(path, parser.getEntryPathString());
          childCov = pathspecs.coverage(child);
        }
        if (childCov != Pathspecs.Coverage.NONE) {
          scanTree(reader, parser.getEntryObjectId(), child, childCov).addTo(present);
        }
      } else if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
        // git grep reads regular files only: symlinks and submodules are skipped
        if (cov == Pathspecs.Coverage.ALL
            || pathspecs.matches(join(path, parser.getEntryPathString()))) {
          parser.getEntryObjectId(entryId);
          scanBlob(reader, entryId).addTo(present);
        }
      }
    }
    FeatureSet result = intern(FeatureSet.of(present));
    if (trees.size() >= TREE_MEMO_LIMIT) {
      trees.clear();
    }
    trees.put(key, result);
    return result;
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
