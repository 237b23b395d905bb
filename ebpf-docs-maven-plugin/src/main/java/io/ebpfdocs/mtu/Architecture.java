package io.ebpfdocs.mtu;

import java.util.OptionalInt;

/**
 * What the MTU model knows of one CPU architecture: the values of its kernel headers that the
 * drivers' buffer arithmetic depends on.
 *
 * @param name the name the original tool and data/generators.yaml use, e.g. {@code armv7}
 * @param l1CacheBytes {@code L1_CACHE_BYTES}; empty where the model lacks it
 * @param smpCacheBytes {@code SMP_CACHE_BYTES} where the architecture defines its own; empty where it
 *     is the kernel's default, {@code L1_CACHE_BYTES}
 * @param netIpAlign {@code NET_IP_ALIGN}: 0 where unaligned loads are cheap, else the kernel's default 2
 */
record Architecture(String name, OptionalInt l1CacheBytes, OptionalInt smpCacheBytes, int netIpAlign) {

  /** An architecture with {@code SMP_CACHE_BYTES} = {@code L1_CACHE_BYTES}. */
  static Architecture of(String name, int l1CacheBytes, int netIpAlign) {
    return new Architecture(name, OptionalInt.of(l1CacheBytes), OptionalInt.empty(), netIpAlign);
  }

  @Override
  public String toString() {
    return name;
  }
}
