package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibbpfSourcesTest {
  private static final String HEADER_V1 = "/* header one */\n";
  private static final String HEADER_V2 = "/* header two */\n";
  private static final String MAP = "LIBBPF_0.0.1 {\n\tglobal:\n\t\tbpf_object__open;\n};\n";

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> requests = new ArrayList<>();

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void gitWorkTreeIsReadAtTheRefNotFromTheCheckout() throws Exception {
    Path repo = dir.resolve("libbpf");
    String first;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
      first = commit(git, repo, HEADER_V1, "v1").name();
      git.tag().setName("v1.0.0").call();
      commit(git, repo, HEADER_V2, "v2");
    }
    Files.writeString(repo.resolve(LibbpfSource.HELPER_DEFS), "/* uncommitted edit */\n");

    assertEquals(HEADER_V1, open(repo.toString(), first).read(LibbpfSource.HELPER_DEFS));
    assertEquals(HEADER_V1, open(repo.toString(), "v1.0.0").read(LibbpfSource.HELPER_DEFS));
    assertEquals(HEADER_V2, open(repo.toString(), "master").read(LibbpfSource.HELPER_DEFS));
    assertEquals(MAP, open(repo.toString(), "master").read(LibbpfSource.VERSION_MAP));
  }

  @Test
  void bareRepositoryIsRead() throws Exception {
    Path work = dir.resolve("work");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("master").call()) {
      commit(git, work, HEADER_V1, "v1");
    }
    Path bare = dir.resolve("bare.git");
    Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

    LibbpfSource source = open(bare.toString(), "master");
    assertInstanceOf(GitSource.class, source);
    assertEquals(HEADER_V1, source.read(LibbpfSource.HELPER_DEFS));
  }

  @Test
  void gitErrorsSayWhatToDo() throws Exception {
    Path repo = dir.resolve("libbpf");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
      commit(git, repo, HEADER_V1, "v1");
    }
    DocsException unknownRef = assertThrows(DocsException.class, () -> open(repo.toString(), "no-such-tag").read(LibbpfSource.HELPER_DEFS));
    assertTrue(unknownRef.getMessage().contains("-D" + Options.LIBBPF_REF), unknownRef.getMessage());
    DocsException missingObject = assertThrows(DocsException.class,
        () -> open(repo.toString(), "0123456789012345678901234567890123456789").read(LibbpfSource.HELPER_DEFS));
    assertTrue(missingObject.getMessage().contains("fetch"), missingObject.getMessage());
    DocsException missingFile = assertThrows(DocsException.class, () -> open(repo.toString(), "master").read("src/nothing.h"));
    assertTrue(missingFile.getMessage().contains("src/nothing.h does not exist"), missingFile.getMessage());
  }

  @Test
  void folderIsReadAsItIs() throws Exception {
    Path folder = dir.resolve("folder");
    write(folder, HEADER_V1);
    LibbpfSource source = open(folder.toString(), "ignored");
    assertInstanceOf(FolderSource.class, source);
    assertEquals(HEADER_V1, source.read(LibbpfSource.HELPER_DEFS));
    DocsException missing = assertThrows(DocsException.class, () -> source.read("src/nothing.h"));
    assertTrue(missing.getMessage().contains("-D" + Options.LIBBPF), missing.getMessage());
  }

  @Test
  void helperDefsFileReplacesOnlyTheHeader() throws Exception {
    Path folder = dir.resolve("folder");
    write(folder, HEADER_V1);
    Path header = Files.writeString(dir.resolve("mine.h"), HEADER_V2);
    LibbpfSource source = LibbpfSources.open(folder.toString(), "master", header, dir.resolve("cache"), true);
    assertEquals(HEADER_V2, source.read(LibbpfSource.HELPER_DEFS));
    assertEquals(MAP, source.read(LibbpfSource.VERSION_MAP));
    assertEquals(header.toString(), source.describe(LibbpfSource.HELPER_DEFS));

    LibbpfSource missing = LibbpfSources.open(folder.toString(), "master", dir.resolve("none.h"), dir.resolve("cache"), true);
    DocsException error = assertThrows(DocsException.class, () -> missing.read(LibbpfSource.HELPER_DEFS));
    assertTrue(error.getMessage().contains("-D" + Options.HELPER_DEFS_FILE), error.getMessage());
  }

  @Test
  void urlDownloadsOncePerCommitAndCachesOnDisk() throws Exception {
    String template = serve(HEADER_V1);
    Path cache = dir.resolve("cache");
    String commitId = "4c893341f5513055a148bedbf7e2fbff392325b2";

    assertEquals(HEADER_V1, LibbpfSources.open(template, commitId, null, cache, false).read(LibbpfSource.HELPER_DEFS));
    assertEquals(HEADER_V1, LibbpfSources.open(template, commitId, null, cache, false).read(LibbpfSource.HELPER_DEFS));
    assertEquals(List.of("/libbpf/" + commitId + "/src/bpf_helper_defs.h"), requests, "the second read is a cache hit");
    assertTrue(Files.isRegularFile(cache.resolve(commitId).resolve(LibbpfSource.HELPER_DEFS)));
    assertEquals(HEADER_V1, LibbpfSources.open(template, commitId, null, cache, true).read(LibbpfSource.HELPER_DEFS));
  }

  @Test
  void urlOfABranchIsDownloadedAgainOnlineAndTakenFromTheCacheOffline() throws Exception {
    String template = serve(HEADER_V1);
    Path cache = dir.resolve("cache");
    LibbpfSources.open(template, "release/1.x", null, cache, false).read(LibbpfSource.HELPER_DEFS);
    LibbpfSources.open(template, "release/1.x", null, cache, false).read(LibbpfSource.HELPER_DEFS);
    assertEquals(2, requests.size());
    assertEquals(HEADER_V1, LibbpfSources.open(template, "release/1.x", null, cache, true).read(LibbpfSource.HELPER_DEFS));
    assertEquals(2, requests.size());
  }

  @Test
  void offlineCacheMissFailsAndSaysHowToUseALocalLibbpf() throws Exception {
    String template = serve(HEADER_V1);
    LibbpfSource source = LibbpfSources.open(template, "master", null, dir.resolve("cache"), true);
    assertFalse(source.available(LibbpfSource.HELPER_DEFS));
    DocsException error = assertThrows(DocsException.class, () -> source.read(LibbpfSource.HELPER_DEFS));
    assertTrue(error.getMessage().contains("offline") && error.getMessage().contains("-D" + Options.LIBBPF + "=/path/to/libbpf"),
        error.getMessage());
    assertEquals(List.of(), requests, "offline means no request");
  }

  @Test
  void httpErrorNamesTheUrlAndTheRef() throws Exception {
    String template = serve(HEADER_V1).replace("/libbpf/", "/missing/");
    DocsException error = assertThrows(DocsException.class,
        () -> LibbpfSources.open(template, "v9", null, dir.resolve("cache"), false).read(LibbpfSource.HELPER_DEFS));
    assertTrue(error.getMessage().contains("HTTP 404") && error.getMessage().contains("v9"), error.getMessage());
  }

  @Test
  void locationsThatAreNeitherFolderNorUrlTemplateAreRejected() {
    assertThrows(DocsException.class, () -> open(dir.resolve("nowhere").toString(), "master"));
    assertThrows(DocsException.class, () -> open("https://example.org/libbpf.map", "master"));
  }

  @Test
  void defaultsComeFromTheDocsRootAndTheOptions() throws Exception {
    assertEquals("master", LibbpfSources.defaultRef(dir));
    Files.createDirectories(dir.resolve("tools"));
    Files.writeString(dir.resolve("tools/libbpf-ref"), "4c893341f5513055a148bedbf7e2fbff392325b2\n");
    assertEquals("4c893341f5513055a148bedbf7e2fbff392325b2", LibbpfSources.defaultRef(dir));

    DocsSettings unconfigured = new DocsSettings(dir, dir.resolve("docs"), dir.resolve("data"), false,
        Map.of(Options.LIBBPF_CACHE, dir.resolve("cache").toString()));
    LibbpfSource source = LibbpfSources.fromSettings(unconfigured);
    assertEquals("https://raw.githubusercontent.com/libbpf/libbpf/4c893341f5513055a148bedbf7e2fbff392325b2/src/libbpf.map",
        source.describe(LibbpfSource.VERSION_MAP));
    assertFalse(source.available(LibbpfSource.VERSION_MAP), "the core is offline unless told otherwise");
    assertTrue(LibbpfSources.fromSettings(unconfigured.withOption(Options.OFFLINE, "false")).available(LibbpfSource.VERSION_MAP));
  }

  private static LibbpfSource open(String location, String ref) throws DocsException {
    return LibbpfSources.open(location, ref, null, Path.of("target", "unused-cache"), true);
  }

  private String serve(String header) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/libbpf/", exchange -> {
      synchronized (requests) {
        requests.add(exchange.getRequestURI().getPath());
      }
      byte[] body = header.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/libbpf/{ref}/{path}";
  }

  private static void write(Path root, String header) throws IOException {
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve(LibbpfSource.HELPER_DEFS), header);
    Files.writeString(root.resolve(LibbpfSource.VERSION_MAP), MAP);
  }

  private static RevCommit commit(Git git, Path work, String header, String message) throws Exception {
    write(work, header);
    git.add().addFilepattern("src").call();
    return git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
  }
}
