package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A libbpf tree on disk, read as it is (no git). */
final class FolderSource implements LibbpfSource {
  private final Path root;

  FolderSource(Path root) {
    this.root = root;
  }

  @Override
  public String read(String path) throws DocsException, IOException {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new DocsException(file + " does not exist: point -D" + Options.LIBBPF
          + " at a libbpf git repository or at a folder holding " + path);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Override
  public String describe(String path) {
    return root.resolve(path).toString();
  }
}
