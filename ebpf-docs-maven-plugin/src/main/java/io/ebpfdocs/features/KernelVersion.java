package io.ebpfdocs.features;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Linux release {@code vMAJOR.MINOR}, ordered numerically ({@code v6.10} after {@code v6.9}). */
public record KernelVersion(int major, int minor) implements Comparable<KernelVersion> {
  private static final Pattern LENIENT = Pattern.compile("v?(\\d{1,6})\\.(\\d{1,6})");
  private static final Pattern CANONICAL = Pattern.compile("v\\d{1,6}\\.\\d{1,6}");

  /** Reads {@code v6.1}, and also {@code 6.1} (a common slip in the data). */
  public static Optional<KernelVersion> parse(String text) {
    Matcher m = LENIENT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new KernelVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  public static boolean isCanonical(String text) {
    return CANONICAL.matcher(text).matches();
  }

  @Override
  public int compareTo(KernelVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return "v" + major + "." + minor;
  }
}
