package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an earlier feature-versions file lets a run skip. The newest selected tag named as a version
 * in the file is taken as the newest tag the earlier run saw (the frontier). An entry is trusted
 * when its version is a selected tag and it has a commit, or its version is the oldest selected tag
 * (present since the beginning): for it only the tags newer than the frontier are read, and the
 * entry stands when the feature is present in all of them. Entries without a version are looked
 * for again, as are new features.
 */
record Incremental(BitSet trusted, int frontier, Map<Integer, FeatureVersions.Feature> earlier) {

  static Incremental of(FeatureIndex index, List<ReleaseTag> tags,
      Optional<FeatureVersions> existing) {
    BitSet trusted = new BitSet();
    Map<Integer, FeatureVersions.Feature> earlier = new HashMap<>();
    if (existing.isEmpty()) {
      return new Incremental(trusted, 0, earlier);
    }
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      tagIndex.put(tags.get(i).name(), i);
    }
    Map<String, FeatureVersions.Feature> byKey = new HashMap<>();
    for (FeatureVersions.Group group : existing.get().groups()) {
      for (FeatureVersions.Feature feature : group.features()) {
        byKey.putIfAbsent(group.name() + "\0" + feature.name(), feature);
      }
    }
    int frontier = tags.size();
    for (FeatureIndex.Entry entry : index.entries()) {
      FeatureVersions.Feature old = byKey.get(entry.group() + "\0" + entry.name());
      Integer version = old == null ? null : tagIndex.get(old.version());
      if (version != null && (!old.commit().isEmpty() || version == tags.size() - 1)) {
        trusted.set(entry.index());
        earlier.put(entry.index(), old);
        frontier = Math.min(frontier, version);
      }
    }
    return new Incremental(trusted, frontier, earlier);
  }

  FeatureVersions.Feature earlier(FeatureIndex.Entry entry) {
    return earlier.get(entry.index());
  }
}
