package io.ebpfdocs.mtu;

/** A driver setting that changes its receive buffer size, and so its largest MTU with XDP. */
enum DriverSwitch {
  /** DPAA: the workaround for erratum A050385 (256-byte aligned buffers, XDP headroom). */
  DPAA_ERRATUM_A050385,
  /** i40e: legacy receive (buffers of 2048 bytes less the shared info). */
  I40E_LEGACY_RX,
  /** ice: legacy receive (buffers of 1664 bytes). */
  ICE_LEGACY_RX,
  /** igb: rings with 3072-byte buffers. */
  IGB_LARGE_RING,
  /** igb: build_skb buffers (1536 bytes less {@code NET_IP_ALIGN}). */
  IGB_BUILD_SKB,
  /** ixgbe: 3072-byte receive buffers. */
  IXGBE_RX_3K_BUFFER,
  /** ixgbe: build_skb buffers (1536 bytes less {@code NET_IP_ALIGN}). */
  IXGBE_BUILD_SKB,
  /** ixgbevf: 3072-byte receive buffers. */
  IXGBEVF_LARGE_BUFFER,
  /** ixgbevf: build_skb buffers. */
  IXGBEVF_BUILD_SKB
}
