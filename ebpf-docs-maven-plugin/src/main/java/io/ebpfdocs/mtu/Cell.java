package io.ebpfdocs.mtu;

import io.ebpfdocs.features.KernelVersion;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** What one driver's row shows for one platform. */
@FunctionalInterface
interface Cell {
  /** The icon of a driver without XDP (or without XDP fragments) on the platform's kernel. */
  String UNSUPPORTED = ":material-close:";
  /** The text of a driver that sets no limit of its own. */
  String UNLIMITED = "∞" + Footnote.NO_LIMIT.ref();

  String text(Platform platform);

  /** The driver's largest MTU, for a driver without XDP fragments. */
  static Cell limit(KernelVersion xdpSince, ToIntFunction<Platform> calculation) {
    return limit(xdpSince, Optional.empty(), calculation);
  }

  /** The driver's largest MTU, for a driver with XDP fragments since {@code fragsSince}. */
  static Cell limit(KernelVersion xdpSince, KernelVersion fragsSince, ToIntFunction<Platform> calculation) {
    return limit(xdpSince, Optional.of(fragsSince), calculation);
  }

  private static Cell limit(KernelVersion xdpSince, Optional<KernelVersion> fragsSince,
      ToIntFunction<Platform> calculation) {
    return platform -> {
      boolean fragsMissing = platform.frags() && fragsSince.map(since -> older(platform, since)).orElse(true);
      if (older(platform, xdpSince) || fragsMissing) {
        return UNSUPPORTED;
      }
      int mtu = calculation.applyAsInt(platform);
      return mtu == Limits.NO_LIMIT ? UNLIMITED : Integer.toString(mtu);
    };
  }

  /** A fixed text, for a driver whose limit the model cannot compute. */
  static Cell note(KernelVersion xdpSince, String text) {
    return platform -> older(platform, xdpSince) ? UNSUPPORTED : text;
  }

  private static boolean older(Platform platform, KernelVersion release) {
    return platform.kernel().compareTo(release) < 0;
  }
}
