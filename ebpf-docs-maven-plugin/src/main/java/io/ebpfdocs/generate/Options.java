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
  /** gen-kfunc-refs: the kernel BTF, {@code FILE[,MODULE_FILE...]}. */
  public static final String BTF = "ebpfdocs.btf";
  /** gen-kfunc-refs: {@code warn} or {@code fail} on differences between the kfunc data and the BTF. */
  public static final String KFUNCS_VALIDATE = "ebpfdocs.kfuncs.validate";
}
