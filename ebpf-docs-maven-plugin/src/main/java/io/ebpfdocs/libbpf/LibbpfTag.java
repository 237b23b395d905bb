package io.ebpfdocs.libbpf;

/** The content of a LIBBPF_TAG region: a tag badge linking to the libbpf release. */
public final class LibbpfTag {
  private LibbpfTag() {}

  public static String render(String release) {
    return "\n[:octicons-tag-24: " + release + "](https://github.com/libbpf/libbpf/releases/tag/v" + release + ")\n";
  }
}
