package io.ebpfdocs.libbpf;

import java.util.List;

/**
 * One helper of libbpf's bpf_helper_defs.h.
 *
 * @param name the helper's name, e.g. {@code bpf_map_lookup_elem}
 * @param declaration the C declaration, e.g. {@code static long (* const bpf_x)(void) = (void *) 1;}
 * @param comment the lines of the comment block above it, without their leading {@code " *"};
 *     empty when the declaration has no comment
 * @param line the 1-based line of the declaration
 */
public record HelperDefinition(String name, String declaration, List<String> comment, int line) {
  public HelperDefinition {
    comment = List.copyOf(comment);
  }
}
