package io.ebpfdocs.versions;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's pack window cache. Its defaults (10 MiB of windows, 10 MiB of delta bases) suit small
 * repositories; a kernel pack is gigabytes, and a scan that jumps between objects then rereads the
 * same windows over and over. The setting is JVM-wide, so it is changed only when the caller asks.
 */
public final class PackCache {
  private PackCache() {}

  /** Lets JGit cache up to {@code mib} MiB of pack data and a quarter of that of delta bases. */
  public static void enlarge(int mib) {
    WindowCacheConfig config = new WindowCacheConfig();
    config.setPackedGitLimit((long) mib << 20);
    config.setPackedGitWindowSize(64 << 10);
    config.setDeltaBaseCacheLimit(Math.max(10 << 20, (mib << 20) / 4));
    config.setPackedGitOpenFiles(256);
    config.install();
  }
}
