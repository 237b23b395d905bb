package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Kernel.ETH_FCS_LEN;
import static io.ebpfdocs.mtu.Kernel.ETH_HLEN;
import static io.ebpfdocs.mtu.Kernel.VLAN_HLEN;
import static io.ebpfdocs.mtu.Kernel.skbDataAlign;
import static io.ebpfdocs.mtu.Limits.onePage;

/** The largest MTU with XDP of the kernel's virtual devices and of the hypervisors' paravirtual NICs. */
final class VirtualDrivers {
  /** The peer's {@code hard_header_len} that veth subtracts, as the model sets it. */
  private static final int VETH_PEER_HARD_HEADER_LEN = 0;
  /** The headroom virtio_net, netvsc and mlx5 reserve, whatever {@code XDP_PACKET_HEADROOM} is. */
  static final int FIXED_XDP_HEADROOM = 256;

  private VirtualDrivers() {}

  /** veth: one page less the headroom and shared info; with fragments, {@code MAX_SKB_FRAGS} more pages. */
  static int veth(Platform p) {
    int single = onePage(p, p.xdpPacketHeadroom() + p.netIpAlign(), VETH_PEER_HARD_HEADER_LEN);
    return p.frags() ? single + p.pageSize() * p.maxSkbFrags() : single;
  }

  /** virtio_net: one page less headroom, shared info and Ethernet header; no limit with fragments. */
  static int virtioNet(Platform p) {
    if (p.frags()) {
      return Limits.NO_LIMIT;
    }
    int room = skbDataAlign(p, FIXED_XDP_HEADROOM + Platform.SKB_SHARED_INFO_SIZE);
    return p.pageSize() - room - ETH_HLEN;
  }

  /** xen-netfront: a Xen page (always 4 KiB) less the XDP headroom. */
  static int xenNetfront(Platform p) {
    final int xenPageSize = 1 << 12;
    return xenPageSize - p.xdpPacketHeadroom();
  }

  /** Hyper-V netvsc: one page less Ethernet header, its headroom and shared info. */
  static int netvsc(Platform p) {
    return onePage(p, FIXED_XDP_HEADROOM, ETH_HLEN);
  }

  /** VMware vmxnet3: the largest frame (page less headroom and tailroom) less the Ethernet framing. */
  static int vmxnet3(Platform p) {
    return onePage(p, p.xdpPacketHeadroom() + p.netIpAlign(), ETH_HLEN + 2 * VLAN_HLEN + ETH_FCS_LEN);
  }
}
