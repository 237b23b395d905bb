package io.ebpfdocs.btf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** Reads BTF from files: raw BTF (/sys/kernel/btf/*) or an ELF file with a .BTF section. */
public final class BtfFiles {
  private BtfFiles() {}

  /**
   * Reads the first file as base BTF and each further file as split BTF on top of the one before
   * (vmlinux, then a module).
   */
  public static Btf read(List<Path> files) throws IOException, BtfFormatException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no BTF file given");
    }
    Btf btf = null;
    for (Path file : files) {
      btf = read(file, btf);
    }
    return btf;
  }

  /** Reads one file, as split BTF on {@code base} when not null. */
  public static Btf read(Path file, Btf base) throws IOException, BtfFormatException {
    return load(file, base).btf();
  }

  /**
   * One file read: its BTF, its size in bytes and the kernel release it names (see {@link KernelRelease}).
   */
  public record Loaded(Btf btf, long size, Optional<String> release) {}

  /** Reads one file, as split BTF on {@code base} when not null, with what the log says of it. */
  public static Loaded load(Path file, Btf base) throws IOException, BtfFormatException {
    ByteBuffer bytes = readAll(file);
    long size = bytes.remaining();
    Optional<String> release = KernelRelease.of(bytes.duplicate());
    return new Loaded(parse(bytes, base), size, release);
  }

  /** Parses raw BTF or the .BTF section of an ELF file; split on {@code base} when not null. */
  public static Btf parse(ByteBuffer bytes, Btf base) throws BtfFormatException {
    if (!ElfSections.isElf(bytes)) {
      return new BtfParser(bytes, base, 0).parse();
    }
    ElfSections.Section section =
        ElfSections.find(bytes, ".BTF")
            .orElseThrow(() -> new BtfFormatException(0, "ELF file without a .BTF section"));
    return new BtfParser(section.data(), base, section.fileOffset()).parse();
  }

  /** Reads a whole file; sysfs files report no size, so this reads until the end. */
  static ByteBuffer readAll(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer buffer = ByteBuffer.allocate(size > 0 ? Math.toIntExact(size) : 1 << 20);
      while (channel.read(buffer) >= 0) {
        if (!buffer.hasRemaining()) {
          if (size > 0 && buffer.capacity() == size && channel.position() >= size) {
            break;
          }
          buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
        }
      }
      return buffer.flip();
    }
  }
}
