package io.ebpfdocs.site.history;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Where the files a commit added came from, as {@code git log --follow} decides it (git's
 * diffcore-rename.c with copies found harder, one destination at a time), among the files of the
 * commit's parent. A file with the same content wins: one the commit deleted (a rename) before one it
 * kept (a copy), then one with the same name, then the first by path. Else git keeps four places for
 * the best scores (copied bytes over the larger size, in units of 1/60,000; equal scores: the same name
 * first, then the earlier place) and of those at or above 50 % takes a deleted file first, then any.
 * Which place a file takes depends on the scores before it, so every score that can win a place is
 * exact. Each parent blob is hashed once for all the files the commit added; thread-safe.
 */
final class Origins {
  private static final long MAX_SCORE = 60_000;
  private static final long MIN_SCORE = 30_000;

  /** A file of the parent, in tree order. */
  record Source(String path, ObjectId id, long size) {}

  /** One thread's view of the blobs: their spans (cached by the caller) and a table of its own. */
  interface Blobs {
    Spans spans(ObjectId id) throws IOException;

    /** {@link Spans#emptyTable()}, used by one thread at a time and left empty. */
    int[] table();
  }

  private final List<Source> sources;
  private final Set<String> deleted;
  private final String[] names;
  private final Spans[] spans;

  /** @param deleted the paths of the sources the commit deleted */
  Origins(List<Source> sources, Set<String> deleted) {
    this.sources = sources;
    this.deleted = deleted;
    this.names = sources.stream().map(s -> fileName(s.path())).toArray(String[]::new);
    this.spans = new Spans[sources.size()];
  }

  /** The parent's file that {@code path} (blob {@code id} of {@code size} bytes) came from, if any. */
  Optional<String> of(String path, ObjectId id, long size, Blobs blobs) throws IOException {
    String name = fileName(path);
    int identical = -1;
    int identicalRank = -1;
    for (int i = 0; i < names.length; i++) {
      if (!sources.get(i).id().equals(id)) {
        continue;
      }
      int rank = (deleted.contains(sources.get(i).path()) ? 1 : 0) + (names[i].equals(name) ? 1 : 0);
      if (rank > identicalRank) {
        identical = i;
        identicalRank = rank;
      }
    }
    if (identical >= 0) {
      return Optional.of(sources.get(identical).path());
    }
    Spans added = blobs.spans(id);
    int[] table = blobs.table();
    added.fill(table);
    try {
      Places places = new Places();
      for (int i = 0; i < names.length; i++) {
        long sourceSize = sources.get(i).size();
        long larger = Math.max(sourceSize, size);
        boolean similarSize = larger > 0 && Math.min(sourceSize, size) * 2 >= larger; // else git scores 0 unread
        int sameName = names[i].equals(name) ? 1 : 0;
        // No more than the smaller file is copied: a file that cannot win a place even so is not read.
        if (!places.wins((similarSize ? Math.min(sourceSize, size) * MAX_SCORE / larger : 0), sameName)) {
          continue;
        }
        long score = similarSize ? spans(i, blobs).copiedInto(table) * MAX_SCORE / larger : 0;
        places.offer(i, score, sameName);
      }
      int chosen = places.chosen();
      return chosen < 0 ? Optional.empty() : Optional.of(sources.get(chosen).path());
    } finally {
      added.clear(table);
    }
  }

  /** Filled in by whichever thread reads it first; a race only hashes one blob twice. */
  private Spans spans(int source, Blobs blobs) throws IOException {
    Spans known = spans[source];
    if (known == null) {
      known = blobs.spans(sources.get(source).id());
      spans[source] = known;
    }
    return known;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** git's four candidates for one destination (diffcore-rename.c's record_if_better and find_renames). */
  private final class Places {
    /** score * 2 + same name, so that one comparison ranks as git's score_compare; -1: empty, below any file. */
    private final long[] rank = {-1, -1, -1, -1};
    private final int[] source = new int[rank.length];

    /** The place a better file takes: the worst, the first of equals. */
    private int worst() {
      int worst = 0;
      for (int k = 1; k < rank.length; k++) {
        if (rank[k] < rank[worst]) {
          worst = k;
        }
      }
      return worst;
    }

    boolean wins(long score, int sameName) {
      return score * 2 + sameName > rank[worst()];
    }

    void offer(int file, long score, int sameName) {
      int worst = worst();
      if (score * 2 + sameName > rank[worst]) {
        rank[worst] = score * 2 + sameName;
        source[worst] = file;
      }
    }

    /** The best deleted file at or above 50 %, else the best file; best: highest rank, then earliest place. */
    int chosen() {
      int rename = -1;
      int copy = -1;
      for (int k = 0; k < rank.length; k++) {
        if (rank[k] < MIN_SCORE * 2) {
          continue;
        }
        if (copy < 0 || rank[k] > rank[copy]) {
          copy = k;
        }
        if (deleted.contains(sources.get(source[k]).path()) && (rename < 0 || rank[k] > rank[rename])) {
          rename = k;
        }
      }
      int chosen = rename >= 0 ? rename : copy;
      return chosen < 0 ? -1 : source[chosen];
    }
  }
}
