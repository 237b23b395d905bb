package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code data/feature-versions.yaml}: groups of features with the release that introduced each. */
public record FeatureVersions(List<Group> groups) {
  public static final String FILE = "feature-versions.yaml";

  public record Group(String name, List<Feature> features, int line) {}

  /** {@code version} and {@code commit} are kept as written; either may be empty (not found). */
  public record Feature(String name, String version, String commit, int line) {}

  /** Features by name; a name listed twice resolves to its last entry, as the original did. */
  public Map<String, Feature> byName() {
    Map<String, Feature> byName = new LinkedHashMap<>();
    groups.forEach(g -> g.features().forEach(f -> byName.put(f.name(), f)));
    return byName;
  }

  public Optional<Group> group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  static FeatureVersions read(YamlFile file) throws DocsException {
    List<Group> groups = new ArrayList<>();
    for (YamlNode groupNode : file.sequence(file.root(), "the file")) {
      Map<String, YamlNode> group = file.mapping(groupNode, "a feature group");
      String groupName = file.requiredScalar(group, groupNode, "name", "feature group");
      List<Feature> features = new ArrayList<>();
      YamlNode featuresNode = group.get("features");
      for (YamlNode featureNode : featuresNode == null ? List.<YamlNode>of() : file.sequence(featuresNode, "features")) {
        Map<String, YamlNode> feature = file.mapping(featureNode, "a feature");
        features.add(
            new Feature(
                file.requiredScalar(feature, featureNode, "name", "feature"),
                file.optionalScalar(feature, "version", "feature").orElse(""),
                file.optionalScalar(feature, "commit", "feature").orElse(""),
                featureNode.line()));
      }
      groups.add(new Group(groupName, List.copyOf(features), groupNode.line()));
    }
    return new FeatureVersions(List.copyOf(groups));
  }
}
