package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real ebpf-docs tree (read-only) and the kernel BTF of this machine, for corpus tests. */
final class Corpus {
  static final Path KERNEL_BTF = Path.of("/sys/kernel/btf/vmlinux");

  private Corpus() {}

  /** The corpus root; skips the test when it is absent. */
  static Path root() {
    String location = System.getProperty("ebpfdocs.corpus");
    assumeTrue(location != null && Files.isDirectory(Path.of(location, "docs")),
        "ebpf-docs corpus not found (system property ebpfdocs.corpus=" + location + "): corpus test skipped");
    return Path.of(location);
  }

  /** The kernel BTF; skips the test when the machine has none. */
  static Path kernelBtf() {
    assumeTrue(Files.isReadable(KERNEL_BTF), KERNEL_BTF + " is absent: BTF-dependent assertions skipped");
    return KERNEL_BTF;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The text between the first {@code start} and the following {@code stop}, if both are there. */
  static Optional<String> region(String page, String start, String stop) {
    int from = page.indexOf(start);
    if (from < 0) {
      return Optional.empty();
    }
    from += start.length();
    int to = page.indexOf(stop, from);
    return to < 0 ? Optional.empty() : Optional.of(page.substring(from, to));
  }
}
