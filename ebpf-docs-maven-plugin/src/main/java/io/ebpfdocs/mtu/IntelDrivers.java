package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Kernel.ETH_FCS_LEN;
import static io.ebpfdocs.mtu.Kernel.ETH_HLEN;
import static io.ebpfdocs.mtu.Kernel.VLAN_HLEN;
import static io.ebpfdocs.mtu.Kernel.skbWithOverhead;

/** The largest MTU with XDP of Intel's drivers: a receive buffer size less the Ethernet framing. */
final class IntelDrivers {
  /** Ethernet header, FCS and two VLAN tags ({@code I40E_PACKET_HDR_PAD} and its kin). */
  private static final int PACKET_HDR_PAD = ETH_HLEN + ETH_FCS_LEN + 2 * VLAN_HLEN;
  /** Ethernet header, FCS and one VLAN tag, as ixgbe and ixgbevf count the frame. */
  private static final int SINGLE_VLAN_FRAME = ETH_HLEN + ETH_FCS_LEN + VLAN_HLEN;
  private static final int RXBUFFER_1536 = 1536;
  private static final int RXBUFFER_2048 = 2048;
  private static final int RXBUFFER_3072 = 3072;
  /** Below this page size the drivers split pages into half-page buffers. */
  private static final int LARGE_PAGE = 8192;

  private IntelDrivers() {}

  /** i40e: with fragments, up to 5 chained buffers, at most 9728 bytes. */
  static int i40e(Platform p) {
    final int maxChainedBuffers = 5;
    final int maxRxBuffer = 9728;
    int bufferLength;
    if (p.on(DriverSwitch.I40E_LEGACY_RX)) {
      bufferLength = skbWithOverhead(p, RXBUFFER_2048);
    } else {
      bufferLength = p.pageSize() < LARGE_PAGE ? RXBUFFER_3072 : RXBUFFER_2048;
    }
    int chain = p.frags() ? maxChainedBuffers : 1;
    return Math.min(bufferLength * chain, maxRxBuffer) - PACKET_HDR_PAD;
  }

  /** ice: one buffer, fragments or not. */
  static int ice(Platform p) {
    final int legacyBuffer = 1664;
    return (p.on(DriverSwitch.ICE_LEGACY_RX) ? legacyBuffer : RXBUFFER_3072) - PACKET_HDR_PAD;
  }

  static int igb(Platform p) {
    int buffer = RXBUFFER_2048;
    if (p.pageSize() < LARGE_PAGE) {
      if (p.on(DriverSwitch.IGB_LARGE_RING)) {
        buffer = RXBUFFER_3072;
      } else if (p.on(DriverSwitch.IGB_BUILD_SKB)) {
        buffer = RXBUFFER_1536 - p.netIpAlign();
      }
    }
    return buffer - PACKET_HDR_PAD;
  }

  static int ixgbe(Platform p) {
    int buffer = RXBUFFER_2048;
    if (p.on(DriverSwitch.IXGBE_RX_3K_BUFFER)) {
      buffer = RXBUFFER_3072;
    } else if (p.pageSize() < LARGE_PAGE && p.on(DriverSwitch.IXGBE_BUILD_SKB)) {
      buffer = RXBUFFER_1536 - p.netIpAlign();
    }
    return buffer - SINGLE_VLAN_FRAME;
  }

  static int ixgbevf(Platform p) {
    int buffer = RXBUFFER_2048;
    if (p.pageSize() < LARGE_PAGE) {
      if (p.on(DriverSwitch.IXGBEVF_LARGE_BUFFER)) {
        buffer = RXBUFFER_3072;
      } else if (p.on(DriverSwitch.IXGBEVF_BUILD_SKB)) {
        buffer = skbWithOverhead(p, RXBUFFER_2048) - (p.netSkbPad() + p.netIpAlign());
      }
    }
    return buffer - SINGLE_VLAN_FRAME;
  }
}
