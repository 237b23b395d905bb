package io.ebpfdocs.compat;

import io.ebpfdocs.data.Since;
import io.ebpfdocs.features.KernelVersion;
import java.util.Optional;

/**
 * A kernel release as the data gives it.
 *
 * @param version {@code vMAJOR.MINOR} when the text reads as a version (the data also writes {@code 6.4}), else as written
 * @param asWritten the data's own text
 * @param commit the commit that brought the change, when the data names one
 */
public record Release(String version, String asWritten, Optional<String> commit) {

  /** Empty when {@code versionText} is blank (the data does not know the release). */
  public static Optional<Release> of(String versionText, String commit) {
    if (versionText == null || versionText.isBlank()) {
      return Optional.empty();
    }
    String text = versionText.trim();
    String version = KernelVersion.parse(text).map(KernelVersion::toString).orElse(text);
    return Optional.of(new Release(version, text, Optional.ofNullable(commit).filter(c -> !c.isBlank())));
  }

  public static Optional<Release> of(Optional<Since> since) {
    return since.flatMap(s -> of(s.version(), s.commit()));
  }

  /** The version as a comparable release, when it is one. */
  public Optional<KernelVersion> kernel() {
    return KernelVersion.parse(version);
  }

  /** The data's text when it differs from {@link #version()}. */
  public Optional<String> differentlyWritten() {
    return asWritten.equals(version) ? Optional.empty() : Optional.of(asWritten);
  }

  @Override
  public String toString() {
    return version + commit.map(c -> " (commit " + c + ")").orElse("");
  }
}
