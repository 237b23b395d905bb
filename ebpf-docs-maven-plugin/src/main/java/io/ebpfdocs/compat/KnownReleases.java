package io.ebpfdocs.compat;

import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.report.DocsException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kernel releases the data knows: from its earliest to its latest dated release, and within each
 * major version up to the last minor the data names (v5.100 is no release, though it sorts before v6.0).
 *
 * @param lastMinor the highest minor the data names, by major version
 */
record KnownReleases(KernelVersion earliest, KernelVersion latest, Map<Integer, Integer> lastMinor) {

  static KnownReleases of(Compatibility compat) {
    TreeSet<KernelVersion> versions = releases(compat).flatMap(release -> release.kernel().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    Map<Integer, Integer> lastMinor = versions.stream()
        .collect(Collectors.toMap(KernelVersion::major, KernelVersion::minor, Math::max, TreeMap::new));
    return versions.isEmpty() ? new KnownReleases(null, null, lastMinor)
        : new KnownReleases(versions.first(), versions.last(), lastMinor);
  }

  /** Every release the data gives: of features, types, helpers, kfuncs and their per-type dates. */
  private static Stream<Release> releases(Compatibility compat) {
    return Stream.of(
        compat.features().stream().map(Compatibility.Feature::release),
        compat.programTypes().stream().map(Compatibility.ProgramType::release),
        compat.mapTypes().stream().map(Compatibility.MapType::release),
        compat.helpers().stream().map(Compatibility.Helper::release),
        compat.kfuncs().stream().map(Compatibility.Kfunc::release),
        compat.programTypes().stream().flatMap(t -> t.helpers().stream()).map(Compatibility.HelperUse::since),
        compat.programTypes().stream().flatMap(t -> t.kfuncs().stream())
            .flatMap(k -> Stream.of(k.since(), k.until())))
        .flatMap(s -> s).flatMap(Optional::stream);
  }

  boolean knows(KernelVersion kernel) {
    return earliest != null && kernel.compareTo(earliest) >= 0 && kernel.compareTo(latest) <= 0
        && kernel.minor() <= lastMinor.getOrDefault(kernel.major(), -1);
  }

  /** @throws DocsException naming the releases the data knows, when it does not know this one */
  void require(KernelVersion kernel) throws DocsException {
    if (earliest == null) {
      throw new DocsException("the data dates no kernel release at all; check data/feature-versions.yaml");
    }
    if (!knows(kernel)) {
      throw new DocsException("kernel " + kernel + " is not a release the data knows; it knows " + earliest + " to "
          + latest + " (" + byMajor() + ")");
    }
  }

  /** "v3.15-v3.19, v4.0-v4.20, …": each major from its first to its last known minor. */
  private String byMajor() {
    return lastMinor.entrySet().stream().map(e -> {
      KernelVersion first = new KernelVersion(e.getKey(), e.getKey() == earliest.major() ? earliest.minor() : 0);
      KernelVersion last = new KernelVersion(e.getKey(), e.getValue());
      return first.equals(last) ? first.toString() : first + "-" + last;
    }).collect(Collectors.joining(", "));
  }
}
