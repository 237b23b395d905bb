package io.ebpfdocs.data;

import java.util.List;
import java.util.Map;

/** A YAML value with the 1-based line it starts on, so that errors can name it. */
public sealed interface YamlNode {
  int line();

  /** Keys in file order. */
  record Mapping(Map<String, YamlNode> entries, int line) implements YamlNode {}

  record Sequence(List<YamlNode> items, int line) implements YamlNode {}

  /** {@code text} is the scalar exactly as written ({@code 6.10} stays {@code 6.10}); empty for null. */
  record Scalar(String text, int line) implements YamlNode {}
}
