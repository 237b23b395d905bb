package io.ebpfdocs.versions;

import java.util.ArrayList;
import java.util.List;

/** Numbers every configured feature (group by group, in configuration order). */
final class FeatureIndex {
  /** A feature with its group and its number. */
  record Entry(int index, String group, PatternConfig.Feature feature) {
    String name() {
      return feature.name();
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  FeatureIndex(PatternConfig config) {
    for (PatternConfig.Group group : config.groups()) {
      for (PatternConfig.Feature feature : group.features()) {
        entries.add(new Entry(entries.size(), group.name(), feature));
      }
    }
  }

  List<Entry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }
}
