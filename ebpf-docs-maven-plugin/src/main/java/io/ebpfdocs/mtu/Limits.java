package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Kernel.sharedInfoTailroom;

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

  /**
   * A driver that fits a packet into one page: the page less the driver's headroom, the shared info
   * ({@link Kernel#sharedInfoTailroom}) and the framing the driver counts beyond the MTU.
   */
  static int onePage(Platform p, int headroom, int framing) {
    return p.pageSize() - headroom - sharedInfoTailroom(p) - framing;
  }
}
