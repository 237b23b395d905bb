package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import java.util.Map;
import java.util.Optional;

/** A kernel version (text as written, e.g. {@code 6.10}) and the commit that brought a change. */
public record Since(String version, String commit) {

  /** Reads {@code key: {version, commit}} of a mapping; empty when the key is absent. */
  public static Optional<Since> read(YamlFile file, Map<String, YamlNode> entries, String key) throws DocsException {
    YamlNode node = entries.get(key);
    if (node == null) {
      return Optional.empty();
    }
    Map<String, YamlNode> fields = file.mapping(node, key);
    return Optional.of(
        new Since(
            file.requiredScalar(fields, node, "version", key),
            file.optionalScalar(fields, "commit", key).orElse("")));
  }
}
