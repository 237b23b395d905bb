package io.ebpfdocs.mtu;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Every architecture the model knows, in the original tool's order, and the default columns. */
final class Architectures {
  /** {@code NET_IP_ALIGN} of x86, arm64 and powerpc, which set it to 0. */
  private static final int UNALIGNED_OK = 0;
  /** The kernel's default {@code NET_IP_ALIGN}: the IP header lands on a 4-byte boundary. */
  private static final int ALIGN_IP = 2;

  private static final List<Architecture> ALL = List.of(
      // The alpha variants and sparc64 define SMP_CACHE_BYTES but the model has no L1_CACHE_BYTES for them.
      new Architecture("alpha", OptionalInt.empty(), OptionalInt.of(32), ALIGN_IP),
      new Architecture("alpha-generic", OptionalInt.empty(), OptionalInt.of(64), ALIGN_IP),
      new Architecture("alpha-ev6", OptionalInt.empty(), OptionalInt.of(64), ALIGN_IP),
      new Architecture("arc", OptionalInt.of(64), OptionalInt.of(128), ALIGN_IP),
      Architecture.of("arm", 32, ALIGN_IP),
      Architecture.of("armv6", 64, ALIGN_IP),
      Architecture.of("armv7", 128, ALIGN_IP),
      Architecture.of("arm64", 64, UNALIGNED_OK),
      Architecture.of("csky610", 16, ALIGN_IP),
      Architecture.of("csky807", 32, ALIGN_IP),
      Architecture.of("csky810", 32, ALIGN_IP),
      Architecture.of("csky860", 64, ALIGN_IP),
      Architecture.of("hexagon", 32, ALIGN_IP),
      Architecture.of("loongarch", 64, ALIGN_IP),
      new Architecture("m68k", OptionalInt.empty(), OptionalInt.empty(), ALIGN_IP),
      Architecture.of("microblaze", 32, ALIGN_IP),
      Architecture.of("mips", 32, ALIGN_IP),
      Architecture.of("nios2", 32, ALIGN_IP),
      Architecture.of("openrisc", 16, ALIGN_IP),
      Architecture.of("parisc", 16, ALIGN_IP),
      new Architecture("powerpc", OptionalInt.empty(), OptionalInt.empty(), UNALIGNED_OK),
      Architecture.of("riscv", 64, ALIGN_IP),
      Architecture.of("s390", 256, ALIGN_IP),
      Architecture.of("sh", 32, ALIGN_IP),
      Architecture.of("sparc32", 32, ALIGN_IP),
      new Architecture("sparc64", OptionalInt.empty(), OptionalInt.of(64), ALIGN_IP),
      Architecture.of("um", 32, ALIGN_IP),
      Architecture.of("x86", 64, UNALIGNED_OK),
      Architecture.of("xtensa", 32, ALIGN_IP));

  /** The columns of the page when data/generators.yaml chooses none. */
  static final List<String> DEFAULT = List.of("x86", "arm", "arm64", "armv7", "riscv");

  private Architectures() {}

  static List<Architecture> all() {
    return ALL;
  }

  static Optional<Architecture> named(String name) {
    return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The names, for messages. */
  static String names() {
    return String.join(", ", ALL.stream().map(Architecture::name).toList());
  }
}
