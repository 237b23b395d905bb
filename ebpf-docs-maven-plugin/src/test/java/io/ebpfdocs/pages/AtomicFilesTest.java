package io.ebpfdocs.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

  @Test
  void writesOnlyWhenTheBytesChange() throws Exception {
    Path target = dir.resolve("a/api.json");
    assertTrue(AtomicFiles.writeIfChanged(target, "[]\n".getBytes()));
    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(target, written);
    assertFalse(AtomicFiles.writeIfChanged(target, "[]\n".getBytes()));
    assertEquals(written, Files.getLastModifiedTime(target), "same bytes: the file is not touched");
    assertTrue(AtomicFiles.writeIfChanged(target, "[1]\n".getBytes()));
    assertEquals("[1]\n", Files.readString(target));
  }
}
