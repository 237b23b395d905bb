package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local repositories only: the remote is a file:// URL of one, never the network. */
class LibbpfRefTest {
  @TempDir
  Path dir;
  Path root;
  Path repo;
  String head;

  @BeforeEach
  void aCloneWithTwoCommits() throws Exception {
    root = Files.createDirectories(dir.resolve("ebpf-docs"));
    Files.createDirectories(root.resolve("tools"));
    Files.writeString(root.resolve(LibbpfSources.REF_FILE), "4c893341f5513055a148bedbf7e2fbff392325b2\n");
    repo = dir.resolve("libbpf");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
      for (String text : new String[] {"v1", "v2"}) {
        Files.writeString(repo.resolve("README"), text);
        git.add().addFilepattern("README").call();
        head = git.commit().setMessage(text).setSign(false).call().name();
      }
    }
  }

  @Test
  void pinsTheHeadOfALocalClone() throws Exception {
    LibbpfRef.Update update = LibbpfRef.update(root, repo.toString(), "https://unused.invalid/x", true);
    assertEquals(new LibbpfRef.Update(Optional.of("4c893341f5513055a148bedbf7e2fbff392325b2"), head, repo + " (HEAD)"), update);
    assertTrue(update.changed());
    assertEquals(head + "\n", Files.readString(root.resolve(LibbpfSources.REF_FILE)));
    assertFalse(LibbpfRef.update(root, repo.toString(), "https://unused.invalid/x", true).changed(), "a second run changes nothing");
  }

  @Test
  void asksTheRemotesHeadWhenNoCloneIsGiven() throws Exception {
    String remote = repo.toUri().toString();
    LibbpfRef.Update update = LibbpfRef.update(root, null, remote, false);
    assertEquals(head, update.after());
    assertEquals(head + "\n", Files.readString(root.resolve(LibbpfSources.REF_FILE)));
  }

  @Test
  void offlineWithoutACloneIsAnErrorNamingTheOption() throws Exception {
    DocsException e = assertThrows(DocsException.class,
        () -> LibbpfRef.update(root, dir.resolve("not-a-repo").toString(), LibbpfRef.REMOTE, true));
    assertTrue(e.getMessage().contains("-Debpfdocs.libbpf=DIR"), e.getMessage());
    assertEquals("4c893341f5513055a148bedbf7e2fbff392325b2\n", Files.readString(root.resolve(LibbpfSources.REF_FILE)), "nothing written");
  }

  @Test
  void anUnreachableRemoteIsAnErrorNamingTheOption() throws Exception {
    String missing = dir.resolve("no-such-repo").toUri().toString();
    DocsException e = assertThrows(DocsException.class, () -> LibbpfRef.update(root, null, missing, false));
    assertTrue(e.getMessage().startsWith("could not list the refs of " + missing) && e.getMessage().contains("-Debpfdocs.libbpf=DIR"),
        e.getMessage());
  }
}
