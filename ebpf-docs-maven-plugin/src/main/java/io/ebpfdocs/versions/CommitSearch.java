package io.ebpfdocs.versions;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The bisect-equivalent search: finds, for features absent at {@code good} and present at
 * {@code bad}, a commit reachable from {@code bad} and not from {@code good} that contains the
 * feature while none of its parents in that range does — the commits {@code git bisect} can name.
 *
 * <p>Every commit of the range is evaluated on the memoized trees (cheap: a commit costs only what
 * it changed), so the answer does not depend on probe order. When several commits qualify (the
 * feature arrived on two branches, or was removed and re-added inside the range) the one with the
 * oldest committer date is chosen, equal dates by the smaller object id: the first arrival.
 */
final class CommitSearch {
  private final TreeScanner scanner;
  private final AtomicLong walked = new AtomicLong();

  CommitSearch(TreeScanner scanner) {
    this.scanner = scanner;
  }

  /** The commit for each feature of {@code features}, in the same order. */
  List<ObjectId> search(ObjectReader reader, ObjectId good, ObjectId bad, int[] features)
      throws IOException {
    Map<RevCommit, FeatureSet> range = new HashMap<>();
    ObjectId[] best = new ObjectId[features.length];
    int[] bestTime = new int[features.length];
    try (RevWalk walk = new RevWalk(reader)) {
      walk.setRetainBody(false);
      walk.markStart(walk.parseCommit(bad));
      walk.markUninteresting(walk.parseCommit(good));
      for (RevCommit commit; (commit = walk.next()) != null; ) {
        range.put(commit, scanner.scanRoot(reader, commit.getTree()));
        walked.incrementAndGet();
      }
      for (Map.Entry<RevCommit, FeatureSet> entry : range.entrySet()) {
        RevCommit commit = entry.getKey();
        for (int i = 0; i < features.length; i++) {
          if (qualifies(commit, entry.getValue(), features[i], range)
              && isBetter(commit, best[i], bestTime[i])) {
            best[i] = commit.copy();
            bestTime[i] = commit.getCommitTime();
          }
        }
      }
    }
    return Arrays.asList(best); // null where the range is empty
  }

  /** Commits evaluated so far, over all searches. */
  long walked() {
    return walked.get();
  }

  private static boolean qualifies(RevCommit commit, FeatureSet present, int feature,
      Map<RevCommit, FeatureSet> range) {
    if (!present.contains(feature)) {
      return false;
    }
    for (RevCommit parent : commit.getParents()) {
      FeatureSet inRange = range.get(parent);
      if (inRange != null && inRange.contains(feature)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBetter(RevCommit commit, ObjectId best, int bestTime) {
    if (best == null) {
      return true;
    }
    int time = commit.getCommitTime();
    return time < bestTime || time == bestTime && commit.compareTo(best) < 0;
  }
}
