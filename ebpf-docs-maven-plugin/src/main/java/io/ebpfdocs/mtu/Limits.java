package io.ebpfdocs.mtu;

/** The limits many drivers share. */
final class Limits {
  /** What a calculation returns for a driver that sets no limit of its own. */
  static final int NO_LIMIT = Integer.MAX_VALUE;

  private Limits() {}

  /** No limit of the driver's own (firmware or hardware limits may still apply). */
  static int unlimited(Platform p) {
    return NO_LIMIT;
  }

  /** The Ethernet payload size, {@code ETH_DATA_LEN}. */
  static int ethernetPayload(Platform p) {
    return Kernel.ETH_DATA_LEN;
  }
}
