package io.ebpfdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Writes site files atomically (temp file + rename) and only when their bytes change. Thread-safe. */
final class SiteWriter {
  private final Path root;
  private final AtomicLong bytes = new AtomicLong();

  SiteWriter(Path root) {
    this.root = root;
  }

  void write(String relPath, String text) throws IOException {
    write(relPath, text.getBytes(StandardCharsets.UTF_8));
  }

  void copy(Path source, String relPath) throws IOException {
    write(relPath, Files.readAllBytes(source));
  }

  private void write(String relPath, byte[] content) throws IOException {
    Path target = root.resolve(relPath);
    bytes.addAndGet(content.length);
    if (Files.exists(target) && Files.size(target) == content.length
        && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".site", ".tmp");
    try {
      Files.write(temp, content);
      readableByAll(temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Temp files are created owner-only; a site must be readable by the web server. */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Size of the site as written (unchanged files included). */
  long bytesWritten() {
    return bytes.get();
  }
}
