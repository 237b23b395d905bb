package io.ebpfdocs.generate;

/** The {@code -D} property of every setting, shared by the goals and the core. */
public final class Options {
  private Options() {}

  public static final String ROOT = "ebpfdocs.root";
  public static final String DOCS_DIRECTORY = "ebpfdocs.docsDirectory";
  public static final String DATA_DIRECTORY = "ebpfdocs.dataDirectory";
  public static final String STRICT = "ebpfdocs.strict";
  public static final String SKIP = "ebpfdocs.skip";
  public static final String CHECK_FAIL = "ebpfdocs.check.fail";
  public static final String KERNEL_DIR = "ebpfdocs.kernelDir";
  public static final String PATTERNS = "ebpfdocs.patterns";
  public static final String PACK_CACHE_MIB = "ebpfdocs.find-versions.packCacheMiB";
}
