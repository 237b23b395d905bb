package io.ebpfdocs.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void createsFoldersAndFileWithNormalMode() throws Exception {
    Path target = dir.resolve("a/b/page.md");
    AtomicFiles.write(target, "x\n".getBytes());
    assertEquals("x\n", Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of("a/b/page.md"), names());
  }

  @Test
  void replacesContentKeepingModeAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("page.md");
    Files.writeString(target, "old content that is longer\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(target, "new\n".getBytes());
    assertEquals("new\n", Files.readString(target));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of("page.md"), names());
  }
}
