package io.ebpfdocs.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run reads the object database only: work tree, index, HEAD and refs stay byte-identical. */
class RepositoryUntouchedTest {
  @TempDir Path dir;

  @Test
  void workTreeIndexHeadAndRefsAreByteIdenticalAfterARun() throws Exception {
    try (TestHistory h = new TestHistory(dir)) {
      RevCommit c1 = h.commit(null, "kernel/a.c", "x\n");
      h.lightweightTag("v1", c1);
      RevCommit c2 = h.commit(c1, "kernel/a.c", "FOO\n");
      h.annotatedTag("v2", c2);
      RevCommit c3 = h.commit(c2, "kernel/b.c", "BAR\n");
      h.lightweightTag("v3", c3);
      h.git.update("refs/heads/master", c3);
      try (Git git = new Git(h.repo)) {
        git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(c3.name()).call();
        git.checkout().setName("v1").call(); // a detached work tree someone is working in
      }
      Files.writeString(dir.resolve("kernel/a.c"), "local edit, uncommitted\n");
      Files.writeString(dir.resolve("untracked.txt"), "mine\n");
      Map<String, String> before = snapshot();

      h.find(TestHistory.config(java.util.List.of("kernel/*"), "FOO", "BAR"));

      assertEquals(before, snapshot());
    }
  }

  /** Digest of every file except the object database (which a run only reads). */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (!rel.startsWith(".git/objects/")) {
          digests.put(rel, digest(Files.readAllBytes(file)));
        }
      }
    }
    return digests;
  }

  private static String digest(byte[] bytes) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }
}
