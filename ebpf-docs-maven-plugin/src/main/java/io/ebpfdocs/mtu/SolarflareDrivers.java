package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Kernel.ETH_FCS_LEN;
import static io.ebpfdocs.mtu.Kernel.ETH_HLEN;
import static io.ebpfdocs.mtu.Kernel.VLAN_HLEN;
import static io.ebpfdocs.mtu.Kernel.align;
import static io.ebpfdocs.mtu.Limits.onePage;

/** The largest MTU with XDP of the Solarflare (sfc) NICs: one page less the driver's per-buffer overhead. */
final class SolarflareDrivers {
  /** {@code EFX_FRAME_PAD}. */
  private static final int FRAME_PAD = 16;
  /** {@code EFX_XDP_HEADROOM}. */
  private static final int XDP_HEADROOM = 128;

  /**
   * A NIC generation: the prefix the NIC writes before each received packet and the padding its
   * buffers need.
   */
  enum Model {
    /** SFC9xxx PF/VF (EF10). */
    HUNT(14, 0),
    /** Riverhead (EF100). */
    EF100(22, 0),
    /** SFC4000A (Falcon A1). */
    FALCON_A1(0, 0x24),
    /** SFC4000B (Falcon B0). */
    FALCON_B0(16, 0),
    /** SFC9020/SFL9021 (Siena). */
    SIENA_A0(16, 0);

    final int rxPrefixSize;
    final int rxBufferPadding;

    Model(int rxPrefixSize, int rxBufferPadding) {
      this.rxPrefixSize = rxPrefixSize;
      this.rxBufferPadding = rxBufferPadding;
    }
  }

  private SolarflareDrivers() {}

  static int sfc(Platform p, Model model) {
    int rxIpAlign = p.netIpAlign() == 0 ? 0 : model.rxPrefixSize + p.netIpAlign();
    int emptyFrame = align(ETH_HLEN + VLAN_HLEN + ETH_FCS_LEN + FRAME_PAD, 8);
    // struct efx_rx_page_state at the start of each page, padded to a cache line
    int pageState = p.smpCacheBytes();
    int headroom = pageState + model.rxPrefixSize + model.rxBufferPadding + rxIpAlign + XDP_HEADROOM;
    return onePage(p, headroom, emptyFrame);
  }
}
