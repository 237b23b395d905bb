package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Kernel.ETH_FCS_LEN;
import static io.ebpfdocs.mtu.Kernel.ETH_HLEN;
import static io.ebpfdocs.mtu.Kernel.VLAN_ETH_HLEN;
import static io.ebpfdocs.mtu.Kernel.VLAN_HLEN;
import static io.ebpfdocs.mtu.Kernel.align;
import static io.ebpfdocs.mtu.Kernel.sharedInfoTailroom;
import static io.ebpfdocs.mtu.Kernel.skbWithOverhead;
import static io.ebpfdocs.mtu.Limits.onePage;

/**
 * The largest MTU with XDP of the NIC drivers other than Intel's and Solarflare's. Most fit a packet,
 * its headroom and the shared info into one page; a few have fixed receive buffers.
 */
final class HardwareDrivers {
  private HardwareDrivers() {}

  /** Amazon ENA: its page (at most 16 KiB) less framing, headroom and shared info. */
  static int ena(Platform p) {
    final int maxPage = 0x4000;
    int page = Math.min(p.pageSize(), maxPage);
    return page - ETH_HLEN - ETH_FCS_LEN - VLAN_HLEN - p.xdpPacketHeadroom() - sharedInfoTailroom(p);
  }

  /** Aquantia AQtion: {@code AQ_CFG_RX_FRAME_MAX}; no limit with fragments. */
  static int aquantia(Platform p) {
    return p.frags() ? Limits.NO_LIMIT : 2 * 1024;
  }

  /** Broadcom BNXT: {@code BNXT_MAX_PAGE_MODE_MTU}; no limit with fragments. */
  static int bnxt(Platform p) {
    return p.frags() ? Limits.NO_LIMIT : onePage(p, p.xdpPacketHeadroom() + p.netIpAlign(), VLAN_ETH_HLEN);
  }

  /** Cavium Thunder nicvf: {@code MAX_XDP_MTU}, a 1530-byte frame less header and two VLAN tags. */
  static int thunderNicvf(Platform p) {
    return 1530 - ETH_HLEN - 2 * VLAN_HLEN;
  }

  /** Freescale DPAA: the buffer pool's buffer less the receive headroom and the framing. */
  static int dpaa(Platform p) {
    final int rawBuffer = 4096;
    final int erratumAlign = 256;
    // parse results (sizeof(struct fman_prs_result)), time stamp and hash results
    final int hardwareAnnotation = 18 + 8 + 8;
    boolean erratum = p.on(DriverSwitch.DPAA_ERRATUM_A050385);
    int buffer = skbWithOverhead(p, rawBuffer);
    if (erratum) {
      buffer &= ~(erratumAlign - 1);
    }
    int headroom = erratum ? align(p.xdpPacketHeadroom(), 64) : align(hardwareAnnotation, 16);
    return buffer - headroom - (VLAN_ETH_HLEN + ETH_FCS_LEN);
  }

  /** Fungible funeth: one page less its headroom, framing and tailroom. */
  static int funeth(Platform p) {
    final int funXdpHeadroom = 192;
    return onePage(p, funXdpHeadroom, VLAN_ETH_HLEN);
  }

  /** Google GVE: its default receive buffer less the Ethernet header and its 2-byte pad. */
  static int gve(Platform p) {
    return 2048 - ETH_HLEN - 2;
  }

  /** Marvell NETA: one page less its padding; no limit with fragments. */
  static int mvneta(Platform p) {
    if (p.frags()) {
      return Limits.NO_LIMIT;
    }
    return onePage(p, align(Math.max(p.netSkbPad(), p.xdpPacketHeadroom()), 8), 0);
  }

  /** Marvell PPv2: one page less shared info and a headroom of at most 224 bytes. */
  static int mvpp2(Platform p) {
    return onePage(p, Math.min(Math.max(p.xdpPacketHeadroom(), p.netSkbPad()), 224), 0);
  }

  /** Marvell OcteonTX2: a 1530-byte frame less a VLAN Ethernet header and one more tag. */
  static int octeonTx2(Platform p) {
    return 1530 - (VLAN_ETH_HLEN + VLAN_HLEN);
  }

  /** MediaTek: one page less its page-pool padding. */
  static int mediatek(Platform p) {
    return onePage(p, p.xdpPacketHeadroom(), 0);
  }

  /** Mellanox mlx4: one page less framing, headroom and shared info. */
  static int mlx4(Platform p) {
    return onePage(p, p.xdpPacketHeadroom(), ETH_HLEN + 2 * VLAN_HLEN);
  }

  /** Mellanox mlx5: one page less its headroom, shared info and hard MTU; no limit with fragments. */
  static int mlx5(Platform p) {
    if (p.frags()) {
      return Limits.NO_LIMIT;
    }
    return onePage(p, VirtualDrivers.FIXED_XDP_HEADROOM, ETH_HLEN + VLAN_HLEN + ETH_FCS_LEN);
  }

  /** Microsoft MANA: one page less its receive padding and the headroom. */
  static int mana(Platform p) {
    return onePage(p, p.xdpPacketHeadroom(), ETH_HLEN);
  }

  /** Netronome NFP: one page. */
  static int nfp(Platform p) {
    return p.pageSize();
  }

  /** Pensando ionic: one page less framing, headroom and shared info. */
  static int ionic(Platform p) {
    return onePage(p, p.xdpPacketHeadroom(), VLAN_ETH_HLEN);
  }

  /** Meta FBNIC: its default header-data split threshold less the Ethernet header. */
  static int fbnicDefault(Platform p) {
    final int defaultThreshold = 1536;
    return defaultThreshold - ETH_HLEN;
  }

  /** Meta FBNIC: its largest header-data split threshold (a 4 KiB buffer less room) less the Ethernet header. */
  static int fbnicMax(Platform p) {
    final int buffer = 4096;
    final int headroomPad = 128;
    int tailroom = sharedInfoTailroom(p);
    int headroom = align(tailroom + headroomPad, 128) - tailroom;
    return buffer - headroom - tailroom - ETH_HLEN;
  }
}
