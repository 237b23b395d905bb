package io.ebpfdocs.versions;

import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Opens the kernel clone read-only in spirit: only the object database and the tag refs are read;
 * work tree, index, HEAD and refs are never written. Refuses clones that lack history up front.
 */
final class KernelRepository {
  private KernelRepository() {}

  static Repository open(Path dir) throws IOException, DocsException {
    File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
    if (gitDir == null) {
      throw new DocsException(dir + ": not a git repository; point -Debpfdocs.kernelDir at"
          + " a clone of the Linux kernel (git clone https://git.kernel.org/pub/scm/linux/kernel/"
          + "git/torvalds/linux.git)");
    }
    Repository repo;
    try {
      repo = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new DocsException(dir + ": cannot open the repository (" + e.getMessage()
          + "); if it is a partial clone, " + fixPartial(dir), e);
    }
    if (Files.exists(gitDir.toPath().resolve("shallow"))) {
      repo.close();
      throw new DocsException(dir + ": the clone is shallow, its older history is missing;"
          + " run: git -C " + dir + " fetch --unshallow --tags");
    }
    if (isPartial(repo.getConfig())) {
      repo.close();
      throw new DocsException(dir + ": the clone is partial (blobless or treeless), file"
          + " contents are missing; " + fixPartial(dir));
    }
    return repo;
  }

  private static boolean isPartial(Config config) {
    if (config.getString("extensions", null, "partialclone") != null) {
      return true;
    }
    return config.getSubsections("remote").stream()
        .anyMatch(remote -> config.getBoolean("remote", remote, "promisor", false)
            || config.getString("remote", remote, "partialclonefilter") != null);
  }

  private static String fixPartial(Path dir) {
    return "make a full clone (git clone without --filter or --depth), or drop the filter and"
        + " fetch everything: git -C " + dir + " config --unset remote.origin.partialclonefilter;"
        + " git -C " + dir + " config --unset remote.origin.promisor; git -C " + dir
        + " fetch --refetch --tags origin";
  }

  /** The error for an object the database lacks (a damaged or incomplete clone). */
  static DocsException missing(Path dir, MissingObjectException e) {
    return new DocsException(dir + ": object " + e.getObjectId().name() + " ("
        + e.getMessage() + ") is missing from the clone; it is shallow, partial or damaged. "
        + fixPartial(dir) + ", or run git -C " + dir + " fsck to find the damage", e);
  }
}
