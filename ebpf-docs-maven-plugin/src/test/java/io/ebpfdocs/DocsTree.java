package io.ebpfdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small docs tree in the ebpf-docs layout ({@code docs/}, {@code data/}) built by a test. */
public record DocsTree(Path root) {
  public static final FileTime OLD = FileTime.fromMillis(1_600_000_000_000L);

  public Path docs() {
    return root.resolve("docs");
  }

  public Path data() {
    return root.resolve("data");
  }

  public DocsTree page(String docsPath, String text) {
    return file(docs().resolve(docsPath), text);
  }

  public DocsTree data(String fileName, String text) {
    return file(data().resolve(fileName), text);
  }

  public String page(String docsPath) {
    try {
      return Files.readString(docs().resolve(docsPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DocsTree file(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Sets every file's modification time to {@link #OLD}, so that a later write shows. */
  public DocsTree age() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, OLD);
      }
    }
    return this;
  }

  /** Every file of the tree with its text and modification time. */
  public Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.getLastModifiedTime(file) + " " + Files.readString(file));
      }
    }
    return files;
  }
}
