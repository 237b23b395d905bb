package io.ebpfdocs.versions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A selected tag: its short name, the commit it names and its creation time in seconds (an
 * annotated tag's own date, a lightweight tag's commit date), like git's {@code creatordate}.
 */
record ReleaseTag(String name, ObjectId commit, long created) {

  /** Newest first; equal dates by name, as {@code git for-each-ref --sort=-creatordate} does. */
  static final Comparator<ReleaseTag> NEWEST_FIRST =
      Comparator.comparingLong(ReleaseTag::created).reversed().thenComparing(ReleaseTag::name);

  /** The tags selected by the configuration, newest first. Tags of non-commits are ignored. */
  static List<ReleaseTag> select(Repository repo, PatternConfig config) throws IOException {
    List<ReleaseTag> tags = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String name = ref.getName().substring(Constants.R_TAGS.length());
        if (!config.selectsTag(name)) {
          continue;
        }
        RevObject object = walk.parseAny(ref.getObjectId());
        long created;
        if (object instanceof RevTag tag) {
          created = tag.getTaggerIdent() == null ? 0 : tag.getTaggerIdent().getWhen().getTime() / 1000;
        } else if (object instanceof RevCommit commit) {
          created = commit.getCommitTime();
        } else {
          continue;
        }
        RevObject target = walk.peel(object);
        if (target instanceof RevCommit commit) {
          tags.add(new ReleaseTag(name, commit.copy(), created));
        }
      }
    }
    tags.sort(NEWEST_FIRST);
    return tags;
  }
}
