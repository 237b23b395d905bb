package io.ebpfdocs.site.history;

import io.ebpfdocs.report.Futures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The history of every page from ONE walk over the commits, newest first, each compared with its parent.
 * A page is followed as {@code git log --follow} follows it: where the name it is followed by was added,
 * the parent's file it came from ({@link Origins}: git's rename and copy detection, copies found harder)
 * is the name it is followed by further back. Blob sizes and spans are kept by blob id, so each version
 * of a file is read once for the whole walk; the files one commit added are traced on every core, each
 * worker with its own reader. Merge commits are skipped (git log shows a merge only when it differs from
 * every parent).
 */
public final class GitHistory {
  private final Repository repository;
  private final ObjectReader reader;
  private final Map<ObjectId, Long> sizes = new HashMap<>();
  private final Map<ObjectId, Spans> spans = new ConcurrentHashMap<>();
  private final Map<Subtree, List<Origins.Source>> subtrees = new HashMap<>();
  private final OriginCache cache;

  private GitHistory(Repository repository, ObjectReader reader, OriginCache cache) {
    this.repository = repository;
    this.reader = reader;
    this.cache = cache;
  }

  /**
   * The histories of docs-relative pages of the docs folder; empty when the folder is in no git
   * repository. A page without commits (new, not committed yet) has no history. With a
   * {@code cacheDir}, the origins of added files traced by earlier walks are read from it and those
   * of this walk kept there ({@link OriginCache}); null traces every origin and keeps none.
   */
  public static Optional<Map<String, PageHistory>> read(Path docs, Collection<String> pages, Path cacheDir)
      throws IOException {
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
      OriginCache cache = cacheDir == null ? OriginCache.none() : OriginCache.in(cacheDir);
      try (ObjectReader reader = repository.newObjectReader()) {
        Map<String, PageHistory> histories = new GitHistory(repository, reader, cache).walk(head, relative, pages);
        cache.save();
        return Optional.of(histories);
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
    // Names to pages: after a copy two pages follow one name.
    Map<String, List<String>> followed = new HashMap<>();
    for (String page : pages) {
      followed.computeIfAbsent(prefix + page, p -> new ArrayList<>()).add(page);
    }
    Map<String, List<PersonIdent>> authors = new HashMap<>();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), runnable -> { // and this thread
      Thread thread = new Thread(runnable, "git-history");
      thread.setDaemon(true);
      return thread;
    });
    List<Tracer> tracers = new ArrayList<>();
    try (RevWalk walk = new RevWalk(reader)) {
      for (int i = 0; i < threads; i++) {
        tracers.add(new Tracer(repository.newObjectReader()));
      }
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        if (commit.getParentCount() > 1) {
          continue;
        }
        RevTree parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
        List<DiffEntry> changes = scan(parent, commit.getTree());
        List<DiffEntry> added = new ArrayList<>();
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
            added.add(change);
          }
        }
        // Names change after the whole commit is seen: a rename's deletion must not count the commit twice.
        if (!added.isEmpty()) {
          Map<String, String> renames = origins(commit, parent, changes, added, tracers, pool);
          renames.forEach((path, origin) -> followed.computeIfAbsent(origin, p -> new ArrayList<>())
              .addAll(followed.remove(path)));
        }
      }
    } finally {
      pool.shutdownNow();
      tracers.forEach(tracer -> tracer.reader.close());
    }
    Map<String, PageHistory> histories = new HashMap<>();
    authors.forEach((page, idents) -> histories.put(page, history(idents)));
    return histories;
  }

  /** The origins of the files {@code commit} added, by path: from the cache where known, else traced. */
  private Map<String, String> origins(RevCommit commit, RevTree parent, List<DiffEntry> changes, List<DiffEntry> added,
      List<Tracer> tracers, ExecutorService pool) throws IOException {
    Map<String, String> renames = new HashMap<>();
    List<DiffEntry> unknown = new ArrayList<>();
    for (DiffEntry file : added) {
      String origin = cache.origin(commit, file.getNewPath());
      if (origin == null) {
        unknown.add(file);
      } else if (!origin.isEmpty()) {
        renames.put(file.getNewPath(), origin);
      }
    }
    if (!unknown.isEmpty()) {
      Map<String, String> traced = trace(unknown, new Origins(files(parent, ""), deletedIn(changes)), tracers, pool);
      unknown.forEach(file -> cache.record(commit, file.getNewPath(), traced.getOrDefault(file.getNewPath(), "")));
      renames.putAll(traced);
    }
    return renames;
  }

  /** The origins of the added files, by path: every tracer takes every n-th file, the first on this thread. */
  private Map<String, String> trace(List<DiffEntry> added, Origins origins, List<Tracer> tracers, ExecutorService pool)
      throws IOException {
    int workers = Math.min(tracers.size(), added.size());
    List<Future<Map<String, String>>> others = new ArrayList<>();
    for (int w = 1; w < workers; w++) {
      int worker = w;
      others.add(pool.submit(() -> trace(added, worker, workers, origins, tracers.get(worker))));
    }
    Map<String, String> renames = trace(added, 0, workers, origins, tracers.get(0));
    for (Future<Map<String, String>> other : others) {
      renames.putAll(Futures.await(other));
    }
    return renames;
  }

  private Map<String, String> trace(List<DiffEntry> added, int first, int step, Origins origins, Tracer tracer)
      throws IOException {
    Map<String, String> renames = new HashMap<>();
    for (int i = first; i < added.size(); i += step) {
      String path = added.get(i).getNewPath();
      ObjectId id = added.get(i).getNewId().toObjectId();
      origins.of(path, id, tracer.reader.getObjectSize(id, Constants.OBJ_BLOB), tracer)
          .ifPresent(origin -> renames.put(path, origin));
    }
    return renames;
  }

  /** One worker's blob reader and bucket table; the spans it reads go to the walk's shared cache. */
  private final class Tracer implements Origins.Blobs {
    private final ObjectReader reader;
    private final int[] table = Spans.emptyTable();

    Tracer(ObjectReader reader) {
      this.reader = reader;
    }

    /** Another worker that wants the same blob meanwhile waits for it rather than hashing it too. */
    @Override
    public Spans spans(ObjectId id) throws IOException {
      try {
        return spans.computeIfAbsent(id, blob -> {
          try {
            return Spans.of(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public int[] table() {
      return table;
    }
  }

  private long size(ObjectId id) throws IOException {
    Long size = sizes.get(id);
    if (size == null) {
      size = reader.getObjectSize(id, Constants.OBJ_BLOB);
      sizes.put(id, size);
    }
    return size;
  }

  private static Set<String> deletedIn(List<DiffEntry> changes) {
    return changes.stream().filter(c -> c.getChangeType() == DiffEntry.ChangeType.DELETE).map(DiffEntry::getOldPath)
        .collect(Collectors.toSet());
  }

  /**
   * Every regular file of a tree, in tree order. A subtree's files are kept by its id and path: most
   * subtrees of one commit's tree are those of the next commit's, so they are listed once.
   */
  private List<Origins.Source> files(AnyObjectId tree, String prefix) throws IOException {
    Subtree key = new Subtree(tree.copy(), prefix);
    List<Origins.Source> known = subtrees.get(key);
    if (known != null) {
      return known;
    }
    List<Origins.Source> files = new ArrayList<>();
    for (CanonicalTreeParser entry = new CanonicalTreeParser(null, reader, tree); !entry.eof(); entry.next()) {
      int mode = entry.getEntryRawMode();
      String path = prefix + entry.getEntryPathString();
      if (FileMode.TREE.equals(mode)) {
        files.addAll(files(entry.getEntryObjectId(), path + "/"));
      } else if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
        ObjectId id = entry.getEntryObjectId();
        files.add(new Origins.Source(path, id, size(id)));
      }
    }
    subtrees.put(key, files);
    return files;
  }

  private record Subtree(ObjectId id, String path) {}

  /** The changes from one tree to another (null: the empty tree). */
  private List<DiffEntry> scan(RevTree from, RevTree to) throws IOException {
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.setFilter(TreeFilter.ANY_DIFF);
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
