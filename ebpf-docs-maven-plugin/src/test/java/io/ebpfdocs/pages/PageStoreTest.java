package io.ebpfdocs.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageStoreTest {
  private static final FileTime OLD = FileTime.fromMillis(1_600_000_000_000L);

  @TempDir Path root;
  Path docs;
  Report report = new Report();

  @BeforeEach
  void tree() throws IOException {
    docs = root.resolve("docs");
    write("linux/program-type/a.md", "A\r\nno final newline");
    write("linux/program-type/b.md", "B\n");
    write("linux/program-type/notes.txt", "not a page\n");
    Files.createDirectories(docs.resolve("linux/program-type/sub.md"));
    write("linux/program-type/sub.md/c.md", "nested\n");
    write("index.md", "home\n");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, OLD);
      }
    }
  }

  private void write(String page, String text) throws IOException {
    Path file = docs.resolve(page);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Every file under the docs folder with its modification time. */
  private Map<String, FileTime> files() throws IOException {
    Map<String, FileTime> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(docs)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(docs.relativize(file).toString(), Files.getLastModifiedTime(file));
      }
    }
    return files;
  }

  @Test
  void listsPagesDirectlyInAFolderSorted() {
    PageStore pages = new PageStore(docs, report);
    assertEquals(List.of("linux/program-type/a.md", "linux/program-type/b.md"), pages.list("linux/program-type"));
    assertEquals(List.of("index.md"), pages.list(""));
    assertEquals(List.of(), pages.list("linux/map-type"));
  }

  @Test
  void listsEveryPageOfTheTreeSorted() throws IOException {
    assertEquals(List.of("index.md", "linux/program-type/a.md", "linux/program-type/b.md",
        "linux/program-type/sub.md/c.md"), PageStore.allMarkdown(docs));
  }

  @Test
  void aPageIsReadOnceAndShowsEarlierUpdates() throws IOException {
    PageStore pages = new PageStore(docs, report);
    assertEquals(Optional.of("A\r\nno final newline"), pages.read("linux/program-type/a.md"));
    write("linux/program-type/a.md", "changed on disk");
    assertEquals(Optional.of("A\r\nno final newline"), pages.read("linux/program-type/a.md"));
    assertEquals(Optional.empty(), pages.read("linux/program-type/missing.md"));
    assertEquals(Optional.empty(), pages.read("linux/program-type/sub.md"));
    assertEquals(1, pages.pagesRead());
    pages.update("linux/program-type/a.md", "new");
    assertEquals(Optional.of("new"), pages.read("linux/program-type/a.md"));
  }

  @Test
  void updateWithTheFilesTextIsNoChange() {
    PageStore pages = new PageStore(docs, report);
    pages.update("linux/program-type/b.md", "B\n");
    assertEquals(List.of(), pages.changes());
    pages.update("linux/program-type/b.md", "B2\n");
    pages.update("linux/program-type/b.md", "B\n");
    assertEquals(List.of(), pages.changes());
  }

  @Test
  void writesOnlyChangedPagesAtomicallyKeepingPermissions() throws IOException {
    Path a = docs.resolve("linux/program-type/a.md");
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-rw----"));
    Files.setLastModifiedTime(a, OLD);
    Map<String, FileTime> before = files();

    PageStore pages = new PageStore(docs, report);
    pages.update("linux/program-type/a.md", "A\r\nregenerated é");
    pages.update("linux/program-type/b.md", "B\n");
    pages.update("linux/timeline/index.md", "new page\n");
    assertEquals(List.of(
        new PageChange("linux/program-type/a.md", "A\r\nno final newline", "A\r\nregenerated é"),
        new PageChange("linux/timeline/index.md", null, "new page\n")), pages.changes());
    assertEquals(2, pages.writeChanges());

    assertArrayEquals("A\r\nregenerated é".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(a));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    Path timeline = docs.resolve("linux/timeline/index.md");
    assertEquals("new page\n", Files.readString(timeline));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(timeline)));
    Map<String, FileTime> after = files();
    assertEquals(List.of("index.md", "linux/program-type/a.md", "linux/program-type/b.md",
        "linux/program-type/notes.txt", "linux/program-type/sub.md/c.md", "linux/timeline/index.md"),
        List.copyOf(after.keySet()), "no temporary file is left");
    before.forEach((file, time) -> {
      if (!file.equals("linux/program-type/a.md")) {
        assertEquals(time, after.get(file), file + " is not written");
      }
    });
    assertEquals(false, after.get("linux/program-type/a.md").equals(OLD));

    // A second run with the same texts writes nothing.
    try (Stream<Path> files = Files.walk(docs)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, OLD);
      }
    }
    Map<String, FileTime> settled = files();
    PageStore again = new PageStore(docs, report);
    again.update("linux/program-type/a.md", "A\r\nregenerated é");
    again.update("linux/timeline/index.md", "new page\n");
    assertEquals(0, again.writeChanges());
    assertEquals(settled, files());
    assertEquals(List.of(), report.warnings());
  }

  @Test
  void invalidUtf8PageIsLeftAloneWithAWarning() throws IOException {
    Path bad = docs.resolve("linux/timeline/index.md");
    Files.createDirectories(bad.getParent());
    byte[] bytes = {'#', ' ', (byte) 0xff, (byte) 0xfe, '\n'};
    Files.write(bad, bytes);
    PageStore pages = new PageStore(docs, report);
    assertEquals(Optional.empty(), pages.read("linux/timeline/index.md"));
    assertEquals(List.of(new Warning("docs/linux/timeline/index.md", 0, "not valid UTF-8; left alone")), report.warnings());
    pages.update("linux/timeline/index.md", "generated\n");
    assertEquals(List.of(), pages.changes());
    assertEquals(0, pages.writeChanges());
    assertArrayEquals(bytes, Files.readAllBytes(bad));
  }

  @Test
  void pathsOutsideTheDocsFolderAreRefused() throws IOException {
    Files.writeString(root.resolve("outside.md"), "secret\n");
    PageStore pages = new PageStore(docs, report);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pages.read("../outside.md"));
    assertEquals("../outside.md is outside " + docs, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> pages.update("linux/../../outside.md", "x"));
    assertThrows(IllegalArgumentException.class, () -> pages.read(root.resolve("outside.md").toString()));
    assertThrows(IllegalArgumentException.class, () -> pages.list(".."));
    assertEquals("secret\n", Files.readString(root.resolve("outside.md")));
  }

  @Test
  void limitedStoreSeesOnlyItsPagesAndWritesNothingElse() throws IOException {
    PageStore store = PageStore.limitedTo(docs, report, java.util.Set.of("linux/program-type/b.md"));
    assertEquals(List.of("linux/program-type/b.md"), store.list("linux/program-type"));
    assertEquals(Optional.empty(), store.read("linux/program-type/a.md"), "other pages read as absent");
    assertEquals(Optional.of("B\n"), store.read("linux/program-type/b.md"));
    store.update("linux/program-type/b.md", "B2\n");
    assertEquals(Optional.of("B2\n"), store.read("linux/program-type/b.md"));
    assertEquals(1, store.pagesRead());
    assertEquals("B\n", Files.readString(docs.resolve("linux/program-type/b.md")), "in memory until written");
  }
}
