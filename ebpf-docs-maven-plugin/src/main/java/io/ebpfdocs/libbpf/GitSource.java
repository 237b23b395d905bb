package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** A libbpf git repository (bare or not), read at a ref without touching its work tree. */
final class GitSource implements LibbpfSource {
  private final File gitDir;
  private final String ref;

  /** @param gitDir the repository's git directory (the bare repository or its .git) */
  GitSource(File gitDir, String ref) {
    this.gitDir = gitDir;
    this.ref = ref;
  }

  @Override
  public String read(String path) throws DocsException, IOException {
    try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
        ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit commit = walk.parseCommit(resolve(repository));
      try (TreeWalk file = TreeWalk.forPath(reader, path, commit.getTree())) {
        if (file == null) {
          throw new DocsException(describe(path) + " does not exist: choose a libbpf ref that has it with -D"
              + Options.LIBBPF_REF);
        }
        return new String(reader.open(file.getObjectId(0), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
      }
    } catch (MissingObjectException e) {
      throw new DocsException("libbpf ref " + ref + " names an object that " + gitDir
          + " does not have: fetch it (git -C " + gitDir + " fetch) or choose another -D" + Options.LIBBPF_REF, e);
    }
  }

  private ObjectId resolve(Repository repository) throws DocsException, IOException {
    ObjectId id;
    try {
      id = repository.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException e) {
      id = null;
    }
    if (id == null) {
      throw new DocsException("libbpf ref " + ref + " is not in " + gitDir
          + ": fetch it or choose a branch, tag or commit of that repository with -D" + Options.LIBBPF_REF);
    }
    return id;
  }

  @Override
  public String describe(String path) {
    return gitDir + "@" + ref + ":" + path;
  }
}
