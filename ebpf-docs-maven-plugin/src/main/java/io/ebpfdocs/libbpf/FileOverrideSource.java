package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one libbpf file from a given file and every other file from another source. */
final class FileOverrideSource implements LibbpfSource {
  private final LibbpfSource others;
  private final String path;
  private final Path file;

  FileOverrideSource(LibbpfSource others, String path, Path file) {
    this.others = others;
    this.path = path;
    this.file = file;
  }

  @Override
  public String read(String wanted) throws DocsException, IOException {
    if (!wanted.equals(path)) {
      return others.read(wanted);
    }
    if (!Files.isRegularFile(file)) {
      throw new DocsException(file + " does not exist: fix -D" + Options.HELPER_DEFS_FILE + " or leave it out to read "
          + path + " from -D" + Options.LIBBPF);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Override
  public boolean available(String wanted) {
    return wanted.equals(path) || others.available(wanted);
  }

  @Override
  public String describe(String wanted) {
    return wanted.equals(path) ? file.toString() : others.describe(wanted);
  }
}
