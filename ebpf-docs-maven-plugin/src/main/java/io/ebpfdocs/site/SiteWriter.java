package io.ebpfdocs.site;

import io.ebpfdocs.pages.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Writes site files atomically and only when their bytes change, so a second build touches nothing. Thread-safe. */
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

  void write(String relPath, byte[] content) throws IOException {
    bytes.addAndGet(content.length);
    AtomicFiles.writeIfChanged(root.resolve(relPath), content);
  }

  /** Counts a file left as the last build wrote it. */
  void kept(long size) {
    bytes.addAndGet(size);
  }

  /** Size of the site as written (unchanged files included). */
  long bytesWritten() {
    return bytes.get();
  }
}
