package io.ebpfdocs.versions.bench;

import io.ebpfdocs.versions.Pathspecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdOwnerMap;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The floor the issue measures against: read every blob under the pathspecs once, over all commits
 * reachable from the tags. Trees are walked once each (by id) to list the blobs; the blobs are then
 * read (inflated, not scanned) on two threads like the finder's.
 */
final class BlobReadBaseline {
  /** Blobs read and their bytes. */
  record Figures(long blobs, long bytes, long nanos) {}

  private static final class Seen extends ObjectIdOwnerMap.Entry {
    Seen(org.eclipse.jgit.lib.AnyObjectId id) {
      super(id);
    }
  }

  static Figures run(Path gitDir, List<String> pathspecs) throws IOException {
    long start = System.nanoTime();
    Pathspecs specs = new Pathspecs(pathspecs);
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build();
        RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      for (Ref tag : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        walk.markStart(walk.parseCommit(tag.getObjectId()));
      }
      ObjectIdOwnerMap<Seen> trees = new ObjectIdOwnerMap<>();
      ObjectIdOwnerMap<Seen> blobs = new ObjectIdOwnerMap<>();
      List<ObjectId> toRead = new ArrayList<>();
      ObjectReader reader = walk.getObjectReader();
      for (RevCommit commit; (commit = walk.next()) != null; ) {
        listBlobs(reader, commit.getTree(), "", Pathspecs.Coverage.SOME, specs, trees, blobs, toRead);
      }
      long bytes = IntStream.range(0, 2).parallel().mapToLong(half -> {
        long sum = 0;
        try (ObjectReader mine = repo.newObjectReader()) {
          for (int i = half; i < toRead.size(); i += 2) {
            sum += mine.open(toRead.get(i), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE).length;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sum;
      }).sum();
      return new Figures(toRead.size(), bytes, System.nanoTime() - start);
    }
  }

  /** Lists the blobs not seen before, walking each tree once (like the finder, without scanning). */
  private static void listBlobs(ObjectReader reader, ObjectId tree, String path,
      Pathspecs.Coverage coverage, Pathspecs specs, ObjectIdOwnerMap<Seen> trees,
      ObjectIdOwnerMap<Seen> blobs, List<ObjectId> toRead) throws IOException {
    if (coverage == Pathspecs.Coverage.ALL) {
      if (trees.contains(tree)) {
        return;
      }
      trees.add(new Seen(tree));
    }
    CanonicalTreeParser parser = new CanonicalTreeParser();
    parser.reset(reader.open(tree, Constants.OBJ_TREE).getCachedBytes());
    for (; !parser.eof(); parser.next()) {
      boolean all = coverage == Pathspecs.Coverage.ALL;
      String child = all ? null
          : path.isEmpty() ? parser.getEntryPathString() : path + "/" + parser.getEntryPathString();
      if (FileMode.TREE.equals(parser.getEntryRawMode())) {
        Pathspecs.Coverage sub = all ? coverage : specs.coverage(child);
        if (sub != Pathspecs.Coverage.NONE) {
          listBlobs(reader, parser.getEntryObjectId(), child, sub, specs, trees, blobs, toRead);
        }
      } else if ((all || specs.matches(child)) && !blobs.contains(parser.getEntryObjectId())) {
        ObjectId id = parser.getEntryObjectId().copy();
        blobs.add(new Seen(id));
        toRead.add(id);
      }
    }
  }
}
