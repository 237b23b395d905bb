package io.ebpfdocs.site.history;

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
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
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
 * The history of every page from ONE walk over the commits, newest first, each compared with its parent.
 * A page is followed through renames as {@code git log --follow} does: where the name it is followed by
 * is added in a commit, rename and copy detection (git's 50 % similarity) looks for the name it had before.
 * Merge commits are skipped (git log shows a merge only when it differs from every parent).
 */
public final class GitHistory {
  /** git's default rename similarity (JGit's is 60). */
  private static final int RENAME_SCORE = 50;

  private GitHistory() {}

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
      String prefix = relative.isEmpty() ? "" : relative + "/";
      ObjectId head = repository.resolve("HEAD");
      if (head == null) {
        return Optional.of(Map.of());
      }
      // Names to pages: after a copy two pages follow one name.
      Map<String, List<String>> followed = new HashMap<>();
      for (String page : pages) {
        followed.computeIfAbsent(prefix + page, p -> new ArrayList<>()).add(page);
      }
      Map<String, List<PersonIdent>> authors = new HashMap<>();
      try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
        walk.markStart(walk.parseCommit(head));
        DiffConfig diffConfig = repository.getConfig().get(DiffConfig.KEY);
        TreeFilter inDocs = prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(relative);
        for (RevCommit commit : walk) {
          if (commit.getParentCount() > 1) {
            continue;
          }
          for (DiffEntry change : changes(walk, diffConfig, commit, inDocs, followed)) {
            String path = change.getChangeType() == DiffEntry.ChangeType.DELETE ? change.getOldPath() : change.getNewPath();
            List<String> following = followed.get(path);
            if (following == null) {
              continue;
            }
            for (String page : following) {
              authors.computeIfAbsent(page, p -> new ArrayList<>()).add(commit.getAuthorIdent());
            }
            if (change.getChangeType() == DiffEntry.ChangeType.RENAME
                || change.getChangeType() == DiffEntry.ChangeType.COPY) {
              followed.remove(path);
              followed.computeIfAbsent(change.getOldPath(), p -> new ArrayList<>()).addAll(following);
            }
          }
        }
      }
      Map<String, PageHistory> histories = new HashMap<>();
      authors.forEach((page, idents) -> histories.put(page, history(idents)));
      return Optional.of(histories);
    }
  }

  /**
   * What a commit changed under docs/. Where a followed name was added, its source is looked for as
   * {@code git log --follow} does (copies found harder): among every file of the parent, kept or not.
   */
  private static List<DiffEntry> changes(RevWalk walk, DiffConfig diffConfig, RevCommit commit, TreeFilter inDocs,
      Map<String, List<String>> followed) throws IOException {
    RevTree parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
    List<DiffEntry> entries = scan(walk.getObjectReader(), parent, commit.getTree(), inDocs);
    List<DiffEntry> added = entries.stream()
        .filter(e -> e.getChangeType() == DiffEntry.ChangeType.ADD && followed.containsKey(e.getNewPath())).toList();
    if (added.isEmpty() || parent == null) {
      return entries;
    }
    RenameDetector sources = new RenameDetector(walk.getObjectReader(), diffConfig);
    sources.setRenameScore(RENAME_SCORE);
    sources.setRenameLimit(Integer.MAX_VALUE / 2);
    sources.addAll(added);
    sources.addAll(scan(walk.getObjectReader(), parent, null, inDocs)); // every file of the parent as a candidate
    List<DiffEntry> result = new ArrayList<>(entries);
    result.removeAll(added);
    for (DiffEntry found : sources.compute()) {
      if (found.getChangeType() != DiffEntry.ChangeType.DELETE) {
        result.add(found);
      }
    }
    return result;
  }

  /** The changes from one tree to another (null: the empty tree). */
  private static List<DiffEntry> scan(ObjectReader reader, RevTree from, RevTree to, TreeFilter inDocs)
      throws IOException {
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.setFilter(AndTreeFilter.create(inDocs, TreeFilter.ANY_DIFF));
      for (RevTree side : new RevTree[] {from, to}) {
        if (side == null) {
          tree.addTree(new EmptyTreeIterator());
        } else {
          tree.addTree(side);
        }
      }
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
    return new PageHistory(instant(idents.get(idents.size() - 1)), instant(idents.get(0)), contributors);
  }

  private static Instant instant(PersonIdent ident) {
    return ident.getWhenAsInstant();
  }
}
