package io.ebpfdocs.btf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kernel release a BTF file describes, where the file tells it: the {@code linux_banner} string
 * ("Linux version 6.18.44 (…)"), which an ELF vmlinux keeps in .rodata. Raw BTF (as in
 * /sys/kernel/btf) holds type and member names only, so it says nothing of its release.
 */
public final class KernelRelease {
  private static final byte[] BANNER = "Linux version ".getBytes(StandardCharsets.US_ASCII);

  private KernelRelease() {}

  /** The release of the banner in the file's bytes (.rodata of an ELF file, the whole of raw BTF). */
  public static Optional<String> of(ByteBuffer file) {
    ByteBuffer where = file;
    if (ElfSections.isElf(file)) {
      try {
        Optional<ElfSections.Section> rodata = ElfSections.find(file, ".rodata");
        if (rodata.isEmpty()) {
          return Optional.empty();
        }
        where = rodata.get().data();
      } catch (BtfFormatException e) {
        return Optional.empty(); // the .BTF lookup reports a damaged ELF file
      }
    }
    int at = indexOf(where, BANNER);
    if (at < 0) {
      return Optional.empty();
    }
    StringBuilder release = new StringBuilder();
    for (int i = at + BANNER.length; i < where.limit() && release.length() < 64; i++) {
      char c = (char) (where.get(i) & 0xff);
      if (c <= ' ' || c > '~') {
        break;
      }
      release.append(c);
    }
    return release.length() == 0 ? Optional.empty() : Optional.of(release.toString());
  }

  private static int indexOf(ByteBuffer bytes, byte[] pattern) {
    int last = bytes.limit() - pattern.length;
    outer:
    for (int i = bytes.position(); i <= last; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes.get(i + j) != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
