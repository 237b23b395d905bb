package io.ebpfdocs.kfuncs;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFiles;
import io.ebpfdocs.btf.BtfFormatException;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A kernel's BTF (vmlinux, then module BTF split on top of it) and the kfuncs it declares.
 *
 * @param source the files, as messages name them
 * @param description the line the log shows: each file with its size, and the kernel release
 */
public record KernelBtf(Btf btf, Map<String, KernelKfunc> kfuncs, String source, String description) {
  private static final String LFS_POINTER = "version https://git-lfs";

  /** Reads the files; a file that is not BTF fails with its name, the offset and what to do. */
  public static KernelBtf read(List<Path> files) throws DocsException, IOException {
    String source = files.stream().map(Path::toString).collect(Collectors.joining(", "));
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new DocsException(file + ": no such BTF file; pass existing files with -Debpfdocs.btf=FILE[,MODULE...]");
      }
    }
    Btf btf = null;
    List<String> described = new ArrayList<>();
    for (Path file : files) {
      try {
        BtfFiles.Loaded loaded = BtfFiles.load(file, btf);
        btf = loaded.btf();
        described.add(file + " (" + size(loaded.size()) + (described.isEmpty()
            ? ", kernel release " + loaded.release().orElse("unknown: raw BTF does not name it") : "") + ")");
      } catch (BtfFormatException e) {
        throw new DocsException(file + ": " + e.getMessage() + hint(file)
            + "; pass a kernel BTF (raw, as in /sys/kernel/btf/vmlinux, or an ELF vmlinux) with -Debpfdocs.btf=FILE", e);
      }
    }
    return new KernelBtf(btf, KernelKfuncs.of(btf), source, String.join(", then ", described));
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20))
        : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }

  /** The tree's vmlinux is kept in Git LFS: a checkout without LFS holds a small text pointer. */
  private static String hint(Path file) throws IOException {
    byte[] start = new byte[LFS_POINTER.length()];
    try (var in = Files.newInputStream(file)) {
      int read = in.readNBytes(start, 0, start.length);
      return read == start.length && new String(start, StandardCharsets.US_ASCII).equals(LFS_POINTER)
          ? " (the file is a Git LFS pointer: run `git lfs pull`)" : "";
    }
  }
}
