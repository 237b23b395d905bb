package io.ebpfdocs.libbpf;

/** The -D property names that choose the libbpf input; quoted by error messages. */
public final class LibbpfProperties {
  public static final String LIBBPF = "ebpfdocs.libbpf";
  public static final String REF = "ebpfdocs.libbpfRef";
  public static final String HELPER_DEFS_FILE = "ebpfdocs.helperDefsFile";
  public static final String CACHE = "ebpfdocs.libbpfCache";

  private LibbpfProperties() {}
}
