package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * The libbpf commit the docs are generated from, pinned in {@value LibbpfSources#REF_FILE}: moved
 * to the newest commit of libbpf's default branch, read from a local clone's HEAD or from the
 * remote's HEAD (what {@code git ls-remote} lists).
 */
public final class LibbpfRef {
  /** libbpf's repository, asked when no local clone is given. */
  public static final String REMOTE = "https://github.com/libbpf/libbpf";

  private LibbpfRef() {}

  /** The pinned commit before and after, and where the new one was read. */
  public record Update(Optional<String> before, String after, String from) {
    public boolean changed() {
      return before.map(b -> !b.equals(after)).orElse(true);
    }
  }

  /**
   * Pins in {@code root}'s {@value LibbpfSources#REF_FILE} the HEAD of {@code location} when it is a
   * git repository, else the HEAD of {@code remote} (unless {@code offline}).
   */
  public static Update update(Path root, String location, String remote, boolean offline) throws DocsException, IOException {
    Optional<File> gitDir = gitDir(location);
    String commit;
    String from;
    if (gitDir.isPresent()) {
      commit = localHead(gitDir.get(), location);
      from = location + " (HEAD)";
    } else {
      commit = remoteHead(remote, offline);
      from = remote + " (HEAD)";
    }
    Path file = root.resolve(LibbpfSources.REF_FILE);
    Optional<String> before = Files.isRegularFile(file)
        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty())
        : Optional.empty();
    AtomicFiles.writeIfChanged(file, (commit + "\n").getBytes(StandardCharsets.UTF_8));
    return new Update(before, commit, from);
  }

  private static Optional<File> gitDir(String location) {
    if (location == null || location.isBlank() || !new File(location).isDirectory()) {
      return Optional.empty();
    }
    return Optional.ofNullable(RepositoryCache.FileKey.resolve(new File(location), FS.DETECTED));
  }

  private static String localHead(File gitDir, String location) throws DocsException, IOException {
    try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build()) {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        throw new DocsException("-D" + Options.LIBBPF + "=" + location + " has no commit at HEAD; check out libbpf's default branch");
      }
      return head.name();
    }
  }

  private static String remoteHead(String remote, boolean offline) throws DocsException {
    String remedy = "; or pass -D" + Options.LIBBPF + "=DIR, a libbpf clone whose HEAD is pinned";
    if (offline) {
      throw new DocsException("offline (-o): cannot ask " + remote + " for libbpf's newest commit; run online" + remedy);
    }
    try {
      Map<String, Ref> refs = Git.lsRemoteRepository().setRemote(remote).callAsMap();
      Ref head = refs.get(Constants.HEAD);
      if (head == null || head.getObjectId() == null) {
        throw new DocsException(remote + " lists no HEAD" + remedy);
      }
      return head.getObjectId().name();
    } catch (GitAPIException e) {
      throw new DocsException("could not list the refs of " + remote + " (" + e.getMessage() + ")" + remedy, e);
    }
  }
}
