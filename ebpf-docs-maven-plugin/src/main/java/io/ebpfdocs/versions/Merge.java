package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a run's results into the earlier file: configured groups and features in configuration
 * order, then, per group, the earlier entries no longer configured (kept, never dropped), then the
 * earlier groups no longer configured.
 */
record Merge(FeatureVersions data, List<String> unconfigured) {

  static Merge of(FeatureVersions found, Optional<FeatureVersions> existing) {
    if (existing.isEmpty()) {
      return new Merge(found, List.of());
    }
    Map<String, List<FeatureVersions.Feature>> groups = new LinkedHashMap<>();
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (FeatureVersions.Group group : found.groups()) {
      groups.put(group.name(), new ArrayList<>(group.features()));
      Set<String> set = new HashSet<>();
      group.features().forEach(f -> set.add(f.name()));
      names.put(group.name(), set);
    }
    List<String> unconfigured = new ArrayList<>();
    for (FeatureVersions.Group group : existing.get().groups()) {
      List<FeatureVersions.Feature> into = groups.computeIfAbsent(group.name(), g -> new ArrayList<>());
      Set<String> known = names.computeIfAbsent(group.name(), g -> new HashSet<>());
      for (FeatureVersions.Feature feature : group.features()) {
        if (known.add(feature.name())) {
          into.add(feature);
          unconfigured.add(group.name() + "/" + feature.name());
        }
      }
    }
    List<FeatureVersions.Group> out = new ArrayList<>();
    groups.forEach((name, features) -> out.add(new FeatureVersions.Group(name, features, 0)));
    return new Merge(new FeatureVersions(out), unconfigured);
  }
}
