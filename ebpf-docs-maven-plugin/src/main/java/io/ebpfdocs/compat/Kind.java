package io.ebpfdocs.compat;

import java.util.Optional;

/**
 * What a name can be in the docs tree: where such pages live and which group of
 * data/feature-versions.yaml lists them.
 */
public enum Kind {
  PROGRAM_TYPE("program type", "linux/program-type/", "program_types"),
  MAP_TYPE("map type", "linux/map-type/", "map_types"),
  HELPER("helper function", "linux/helper-function/", "helpers"),
  KFUNC("kfunc", "linux/kfuncs/", "kfuncs"),
  SYSCALL_COMMAND("syscall command", "linux/syscall/", "syscall_commands"),
  LIBBPF_USERSPACE("libbpf userspace function", "ebpf-library/libbpf/userspace/", null),
  LIBBPF_EBPF("libbpf eBPF-side function", "ebpf-library/libbpf/ebpf/", null),
  LIBXDP("libxdp function", "ebpf-library/libxdp/functions/", null),
  /** A feature of another group of data/feature-versions.yaml (attach types, flags, …); no page folder. */
  FEATURE("kernel feature", null, null);

  private final String label;
  private final String folder;
  private final String featureGroup;

  Kind(String label, String folder, String featureGroup) {
    this.label = label;
    this.folder = folder;
    this.featureGroup = featureGroup;
  }

  /** How answers name the kind, e.g. "helper function". */
  public String label() {
    return label;
  }

  /** The docs-relative folder of its pages, ending in '/'. */
  public Optional<String> folder() {
    return Optional.ofNullable(folder);
  }

  /** The group of data/feature-versions.yaml that dates names of this kind. */
  public Optional<String> featureGroup() {
    return Optional.ofNullable(featureGroup);
  }

  /** The kind whose feature group this is; {@link #FEATURE} for any other group. */
  public static Kind ofFeatureGroup(String group) {
    for (Kind kind : values()) {
      if (group.equals(kind.featureGroup)) {
        return kind;
      }
    }
    return FEATURE;
  }

  /** The name whose page this docs-relative page is, when it is one of this kind (not a folder's index or SUMMARY). */
  public Optional<String> nameOf(String page) {
    if (folder == null || !page.startsWith(folder) || !page.endsWith(".md") || page.indexOf('/', folder.length()) >= 0) {
      return Optional.empty();
    }
    String name = page.substring(folder.length(), page.length() - ".md".length());
    return name.equals("index") || name.equals("SUMMARY") ? Optional.empty() : Optional.of(name);
  }

  /** The docs-relative page of a name of this kind (it may not exist). */
  public Optional<String> pagePath(String name) {
    return folder().map(f -> f + name + ".md");
  }
}
