package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to the nodes of one YAML file; every error names the file and the line. */
public record YamlFile(String name, YamlNode root) {

  public DocsException error(YamlNode node, String message) {
    return error(node.line(), message);
  }

  public DocsException error(int line, String message) {
    return new DocsException(name + ":" + line + ": " + message);
  }

  public Map<String, YamlNode> mapping(YamlNode node, String what) throws DocsException {
    if (node instanceof YamlNode.Mapping m) {
      return m.entries();
    }
    if (isNull(node)) {
      return Map.of();
    }
    throw error(node, what + " must be a mapping (key: value)");
  }

  public List<YamlNode> sequence(YamlNode node, String what) throws DocsException {
    if (node instanceof YamlNode.Sequence s) {
      return s.items();
    }
    if (isNull(node)) {
      return List.of();
    }
    throw error(node, what + " must be a list");
  }

  public String scalar(YamlNode node, String what) throws DocsException {
    if (node instanceof YamlNode.Scalar s) {
      return s.text();
    }
    throw error(node, what + " must be a single value");
  }

  /** The scalar under {@code key}, or empty when the key is absent. */
  public Optional<String> optionalScalar(Map<String, YamlNode> entries, String key, String what)
      throws DocsException {
    YamlNode node = entries.get(key);
    return node == null ? Optional.empty() : Optional.of(scalar(node, what + " " + key));
  }

  public String requiredScalar(Map<String, YamlNode> entries, YamlNode owner, String key, String what)
      throws DocsException {
    Optional<String> value = optionalScalar(entries, key, what);
    if (value.isEmpty() || value.get().isEmpty()) {
      throw error(owner, what + " has no '" + key + "'");
    }
    return value.get();
  }

  /** A list of scalars ({@code [a, b]} or one per line); absent is empty. */
  public List<String> scalars(Map<String, YamlNode> entries, String key, String what) throws DocsException {
    YamlNode node = entries.get(key);
    if (node == null) {
      return List.of();
    }
    List<String> values = new java.util.ArrayList<>();
    for (YamlNode item : sequence(node, what + " " + key)) {
      values.add(scalar(item, what + " " + key));
    }
    return List.copyOf(values);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.text().isEmpty();
  }
}
