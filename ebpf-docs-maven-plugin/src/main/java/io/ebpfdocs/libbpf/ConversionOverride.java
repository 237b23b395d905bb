package io.ebpfdocs.libbpf;

import java.util.List;

/**
 * A passage of a helper comment that the block rules cannot convert, with the Markdown block
 * that replaces it. {@code lines} are compared without their leading tabs and spaces.
 */
public record ConversionOverride(List<String> lines, String markdown) {
  public ConversionOverride {
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("a conversion override needs at least one line");
    }
    lines = List.copyOf(lines);
  }
}
