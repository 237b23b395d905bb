package io.ebpfdocs.mtu;

import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.report.DocsException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything one MTU calculation depends on, each value resolved: the architecture's cache line
 * sizes, the page size, the kernel release, whether XDP fragments are used and the drivers' settings.
 *
 * @param l1CacheBytes {@code L1_CACHE_BYTES}
 * @param smpCacheBytes {@code SMP_CACHE_BYTES}
 * @param xdpPacketHeadroom {@code XDP_PACKET_HEADROOM}
 * @param frags whether the program is attached with XDP fragments (multi-buffer)
 */
record Platform(Architecture architecture, int l1CacheBytes, int smpCacheBytes, int pageSize,
    int xdpPacketHeadroom, KernelVersion kernel, boolean frags, Set<DriverSwitch> switches) {

  /** The release the table describes. */
  static final KernelVersion KERNEL = new KernelVersion(6, 9);
  static final int PAGE_SIZE = 4096;
  static final int XDP_PACKET_HEADROOM = 256;
  /** {@code sizeof(struct skb_shared_info)}: 320 on the 64-bit distributions the original checked. */
  static final int SKB_SHARED_INFO_SIZE = 320;
  /** {@code CONFIG_MAX_SKB_FRAGS}'s default, the limit since 6.6. */
  static final int CONFIG_MAX_SKB_FRAGS = 17;
  private static final KernelVersion CONFIGURABLE_SKB_FRAGS = new KernelVersion(6, 6);
  private static final Set<DriverSwitch> DEFAULT_SWITCHES = Set.copyOf(EnumSet.of(
      DriverSwitch.IGB_LARGE_RING, DriverSwitch.IXGBE_RX_3K_BUFFER, DriverSwitch.IXGBEVF_LARGE_BUFFER));

  Platform {
    switches = switches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(switches));
  }

  /**
   * The table's platform for {@code architecture}: 4 KiB pages, Linux 6.9, the drivers' default
   * settings.
   *
   * @throws DocsException naming the architecture and the value when the model lacks one it needs
   */
  static Platform of(Architecture architecture, boolean frags) throws DocsException {
    if (architecture.l1CacheBytes().isEmpty()) {
      throw new DocsException("the MTU model has no L1_CACHE_BYTES (L1 cache line size) for architecture '"
          + architecture.name() + "'");
    }
    int l1 = architecture.l1CacheBytes().getAsInt();
    return new Platform(architecture, l1, architecture.smpCacheBytes().orElse(l1), PAGE_SIZE, XDP_PACKET_HEADROOM,
        KERNEL, frags, DEFAULT_SWITCHES);
  }

  Platform withPageSize(int bytes) {
    return new Platform(architecture, l1CacheBytes, smpCacheBytes, bytes, xdpPacketHeadroom, kernel, frags, switches);
  }

  Platform withKernel(KernelVersion release) {
    return new Platform(architecture, l1CacheBytes, smpCacheBytes, pageSize, xdpPacketHeadroom, release, frags, switches);
  }

  Platform withSwitches(Set<DriverSwitch> on) {
    return new Platform(architecture, l1CacheBytes, smpCacheBytes, pageSize, xdpPacketHeadroom, kernel, frags, on);
  }

  boolean on(DriverSwitch setting) {
    return switches.contains(setting);
  }

  int netIpAlign() {
    return architecture.netIpAlign();
  }

  /** {@code NET_SKB_PAD}: at least 32 bytes, at least a cache line. */
  int netSkbPad() {
    return Math.max(32, l1CacheBytes);
  }

  /** {@code MAX_SKB_FRAGS}: configurable since 6.6, before that enough pages for 64 KiB (at least 16). */
  int maxSkbFrags() {
    return kernel.compareTo(CONFIGURABLE_SKB_FRAGS) >= 0 ? CONFIG_MAX_SKB_FRAGS : Math.max(16, 65536 / pageSize + 1);
  }
}
