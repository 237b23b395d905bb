package io.ebpfdocs.site.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.SimilarityIndex;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The history of every page from ONE walk over the commits, newest first, each compared with its parent
 * under docs/. A page is followed as {@code git log --follow} follows it: where the name it is followed by
 * was added, the parent's file it came from (renamed or copied; git's 50 % similarity, copies found
 * harder) is the name it is followed by further back. Similarity indexes are kept by blob id, so each
 * version of a file is hashed once for the whole walk. Merge commits are skipped (git log shows a
 * merge only when it differs from every parent).
 */
public final class GitHistory {
  /** git's default rename similarity, in percent. */
  private static final int SIMILARITY = 50;

  private final ObjectReader reader;
  private final Map<ObjectId, SimilarityIndex> indexes = new HashMap<>();
  private final Map<ObjectId, Long> sizes = new HashMap<>();

  private GitHistory(ObjectReader reader) {
    this.reader = reader;
  }

  /**
   * The histories of docs-relative pages of the docs folder; empty when the folder is in no git
   * repository. A page without commits (new, not committed yet) has no history.
   */
  public static Optional<Map<String, PageHistory>> read(Path docs, Collection<String> pages) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(docs.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repository = builder.build()) {
      if (repository.isBare()) {
        return Optional.empty();
      }
      String relative = repository.getWorkTree().toPath().toRealPath().relativize(docs.toRealPath()).toString()
          .replace('\\', '/');
      ObjectId head = repository.resolve("HEAD");
      if (head == null) {
        return Optional.of(Map.of());
      }
      try (ObjectReader reader = repository.newObjectReader()) {
        return Optional.of(new GitHistory(reader).walk(head, relative, pages));
      }
    }
  }

  /**
   * Whether the repository holding {@code docs} is a shallow clone (CI checkouts are, by default): its
   * oldest commits stand for the history they cut off, so dates and contributors come out wrong.
   */
  public static boolean shallow(Path docs) {
    File gitDir = new FileRepositoryBuilder().findGitDir(docs.toFile()).getGitDir();
    return gitDir != null && new File(gitDir, "shallow").isFile();
  }

  private Map<String, PageHistory> walk(ObjectId head, String relative, Collection<String> pages) throws IOException {
    String prefix = relative.isEmpty() ? "" : relative + "/";
    TreeFilter inDocs = relative.isEmpty() ? TreeFilter.ALL : PathFilter.create(relative);
    // Names to pages: after a copy two pages follow one name.
    Map<String, List<String>> followed = new HashMap<>();
    for (String page : pages) {
      followed.computeIfAbsent(prefix + page, p -> new ArrayList<>()).add(page);
    }
    Map<String, List<PersonIdent>> authors = new HashMap<>();
    try (RevWalk walk = new RevWalk(reader)) {
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        if (commit.getParentCount() > 1) {
          continue;
        }
        RevTree parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
        List<DiffEntry> changes = scan(parent, commit.getTree(), inDocs);
        Map<String, ObjectId> parentFiles = null;
        // Names change after the whole commit is seen: a rename's deletion must not count the commit twice.
        Map<String, String> renames = new HashMap<>();
        for (DiffEntry change : changes) {
          boolean deleted = change.getChangeType() == DiffEntry.ChangeType.DELETE;
          String path = deleted ? change.getOldPath() : change.getNewPath();
          if (!followed.containsKey(path)) {
            continue;
          }
          for (String page : followed.get(path)) {
            authors.computeIfAbsent(page, p -> new ArrayList<>()).add(commit.getAuthorIdent());
          }
          if (change.getChangeType() == DiffEntry.ChangeType.ADD && parent != null) {
            if (parentFiles == null) {
              parentFiles = files(parent, inDocs);
            }
            origin(change, parentFiles, deletedIn(changes)).ifPresent(origin -> renames.put(path, origin));
          }
        }
        renames.forEach((path, origin) -> followed.computeIfAbsent(origin, p -> new ArrayList<>())
            .addAll(followed.remove(path)));
      }
    }
    Map<String, PageHistory> histories = new HashMap<>();
    authors.forEach((page, idents) -> histories.put(page, history(idents)));
    return histories;
  }

  /**
   * The parent's file an added file came from: the same content, else the most similar file of its
   * kind at git's threshold; among equals a file the commit deleted (a rename), then the first by path.
   */
  private Optional<String> origin(DiffEntry added, Map<String, ObjectId> parentFiles, Set<String> deleted)
      throws IOException {
    ObjectId id = added.getNewId().toObjectId();
    String extension = extension(added.getNewPath());
    String best = null;
    int bestScore = SIMILARITY - 1;
    boolean bestDeleted = false;
    for (Map.Entry<String, ObjectId> file : parentFiles.entrySet()) {
      if (!extension(file.getKey()).equals(extension)) {
        continue;
      }
      int score = file.getValue().equals(id) ? 101 : similarity(file.getValue(), id);
      boolean isDeleted = deleted.contains(file.getKey());
      if (score > bestScore || score == bestScore && isDeleted && !bestDeleted) {
        best = file.getKey();
        bestScore = score;
        bestDeleted = isDeleted;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Similarity in percent; files whose sizes alone rule out the threshold are not hashed. */
  private int similarity(ObjectId a, ObjectId b) throws IOException {
    long sizeA = size(a);
    long sizeB = size(b);
    long larger = Math.max(sizeA, sizeB);
    if (larger == 0 || Math.min(sizeA, sizeB) * 100 / larger < SIMILARITY) {
      return 0;
    }
    try {
      return index(a).score(index(b), 100);
    } catch (SimilarityIndex.TableFullException e) {
      return 0; // too large to compare, as git gives up on it too
    }
  }

  private long size(ObjectId id) throws IOException {
    Long size = sizes.get(id);
    if (size == null) {
      size = reader.getObjectSize(id, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
      sizes.put(id, size);
    }
    return size;
  }

  private SimilarityIndex index(ObjectId id) throws IOException, SimilarityIndex.TableFullException {
    SimilarityIndex index = indexes.get(id);
    if (index == null) {
      index = SimilarityIndex.create(reader.open(id));
      indexes.put(id, index);
    }
    return index;
  }

  private static Set<String> deletedIn(List<DiffEntry> changes) {
    return changes.stream().filter(c -> c.getChangeType() == DiffEntry.ChangeType.DELETE).map(DiffEntry::getOldPath)
        .collect(Collectors.toSet());
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < path.lastIndexOf('/') + 1 ? "" : path.substring(dot);
  }

  /** Every file under docs/ of a tree, by path, in tree order. */
  private Map<String, ObjectId> files(RevTree tree, TreeFilter inDocs) throws IOException {
    Map<String, ObjectId> files = new LinkedHashMap<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.setRecursive(true);
      walk.setFilter(inDocs);
      walk.addTree(tree);
      while (walk.next()) {
        files.put(walk.getPathString(), walk.getObjectId(0));
      }
    }
    return files;
  }

  /** The changes from one tree to another (null: the empty tree). */
  private List<DiffEntry> scan(RevTree from, RevTree to, TreeFilter inDocs) throws IOException {
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.setFilter(AndTreeFilter.create(inDocs, TreeFilter.ANY_DIFF));
      if (from == null) {
        tree.addTree(new EmptyTreeIterator());
      } else {
        tree.addTree(from);
      }
      tree.addTree(to);
      return DiffEntry.scan(tree);
    }
  }

  /** Idents newest first. */
  private static PageHistory history(List<PersonIdent> idents) {
    Map<String, Contributor> byEmail = new LinkedHashMap<>();
    for (PersonIdent ident : idents) {
      String email = ident.getEmailAddress().toLowerCase(Locale.ROOT);
      Contributor known = byEmail.get(email);
      byEmail.put(email, new Contributor(known == null ? ident.getName() : known.name(), email,
          known == null ? 1 : known.commits() + 1));
    }
    List<Contributor> contributors = new ArrayList<>(byEmail.values());
    // Most commits first; among equals the one who committed last, as the map keeps that order.
    contributors.sort(Comparator.comparingInt(Contributor::commits).reversed());
    return new PageHistory(idents.get(idents.size() - 1).getWhenAsInstant(), idents.get(0).getWhenAsInstant(),
        contributors);
  }
}
