package io.ebpfdocs.versions;

import java.util.List;

/** The content of data/feature-versions.yaml: groups of features with version and commit. */
public record FeatureVersions(List<Group> groups) {
  public FeatureVersions {
    groups = List.copyOf(groups);
  }

  public record Group(String name, List<Feature> features) {
    public Group {
      features = List.copyOf(features);
    }
  }

  /** {@code version} and {@code commit} are empty strings when unknown, never null. */
  public record Feature(String name, String version, String commit) {}
}
