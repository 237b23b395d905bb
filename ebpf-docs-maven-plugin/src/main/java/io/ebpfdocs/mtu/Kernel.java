package io.ebpfdocs.mtu;

/** The kernel constants and macros the drivers' MTU arithmetic uses, as small functions. */
final class Kernel {
  static final int ETH_HLEN = 14;
  static final int ETH_FCS_LEN = 4;
  static final int ETH_DATA_LEN = 1500;
  static final int VLAN_HLEN = 4;
  static final int VLAN_ETH_HLEN = 18;

  private Kernel() {}

  /** {@code ALIGN(x, a)}: {@code x} rounded up to a multiple of {@code a}, a power of two. */
  static int align(int x, int a) {
    return (x + a - 1) & ~(a - 1);
  }

  /** {@code SKB_DATA_ALIGN(x)}: {@code x} rounded up to a multiple of {@code SMP_CACHE_BYTES}. */
  static int skbDataAlign(Platform platform, int x) {
    return align(x, platform.smpCacheBytes());
  }

  /** {@code SKB_WITH_OVERHEAD(x)}: what a buffer of {@code x} bytes holds after its {@code skb_shared_info}. */
  static int skbWithOverhead(Platform platform, int x) {
    return x - sharedInfoTailroom(platform);
  }

  /** {@code SKB_DATA_ALIGN(sizeof(struct skb_shared_info))}, the tailroom most drivers reserve. */
  static int sharedInfoTailroom(Platform platform) {
    return skbDataAlign(platform, Platform.SKB_SHARED_INFO_SIZE);
  }
}
