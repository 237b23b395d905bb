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
  /** {@code fail} (default) or {@code warn} on a start marker whose region cannot be found. */
  public static final String CHECK_DAMAGED = "ebpfdocs.check.damaged";
  /** {@code true} rewrites DATA/ebpfdocs-baseline.txt to accept the run's warnings. */
  public static final String BASELINE_UPDATE = "ebpfdocs.baseline.update";
  public static final String KERNEL_DIR = "ebpfdocs.kernelDir";
  public static final String PATTERNS = "ebpfdocs.patterns";
  public static final String PACK_CACHE_MIB = "ebpfdocs.find-versions.packCacheMiB";

  /** libbpf: a git repository, a folder holding src/, or an http(s) URL template with {ref} and {path}. */
  public static final String LIBBPF = "ebpfdocs.libbpf";
  /** The libbpf branch, tag or commit; default the docs root's tools/libbpf-ref, else master. */
  public static final String LIBBPF_REF = "ebpfdocs.libbpfRef";
  /** A bpf_helper_defs.h to read instead of libbpf's. */
  public static final String HELPER_DEFS_FILE = "ebpfdocs.helperDefsFile";
  /** Where libbpf downloads are kept. */
  public static final String LIBBPF_CACHE = "ebpfdocs.libbpfCache";
  /** "false" allows downloads; the goals pass Maven's offline flag, the core is offline unless told. */
  public static final String OFFLINE = "ebpfdocs.offline";

  /** gen-kfunc-refs: the kernel BTF, {@code FILE[,MODULE_FILE...]}, or {@code none}. */
  public static final String BTF = "ebpfdocs.btf";
  /** gen-kfunc-refs: {@code warn} or {@code fail} on differences between the kfunc data and the BTF. */
  public static final String KFUNCS_VALIDATE = "ebpfdocs.kfuncs.validate";

  /** spellcheck: Hunspell dictionaries, {@code PATH[,PATH...]} (each an .aff/.dic pair); default the system's English. */
  public static final String SPELLCHECK_DICTIONARY = "ebpfdocs.spellcheck.dictionary";
  /** spellcheck: a word list to accept besides the docs root's .aspell.en.pws. */
  public static final String SPELLCHECK_WORDS = "ebpfdocs.spellcheck.words";
  /** spellcheck: {@code false} reports unknown words without failing the build. */
  public static final String SPELLCHECK_FAIL = "ebpfdocs.spellcheck.fail";
  /** spellcheck: {@code true} adds the unknown words to the docs root's .aspell.en.pws and passes. */
  public static final String SPELLCHECK_UPDATE = "ebpfdocs.spellcheck.update";

  /** site: where the rendered site is written. */
  public static final String SITE_DIRECTORY = "ebpfdocs.siteDirectory";

  /** export: where the JSON API is written. */
  public static final String EXPORT_DIRECTORY = "ebpfdocs.export.directory";

  /** query: the name to explain (helper, kfunc, program type, map type, syscall command, library function…). */
  public static final String QUERY_NAME = "ebpfdocs.name";
  /** query: the kernel release of the "what can it call" form, e.g. {@code v5.10}. */
  public static final String QUERY_KERNEL = "ebpfdocs.kernel";
  /** query: the program type of the "what can it call" form. */
  public static final String QUERY_PROG_TYPE = "ebpfdocs.progType";
  /** query: a file to write the answer to as JSON. */
  public static final String QUERY_OUTPUT = "ebpfdocs.output";

  /** scaffold: list the pages it would create, write nothing. */
  public static final String SCAFFOLD_DRY_RUN = "ebpfdocs.scaffold.dryRun";

  /** serve: the interface the preview listens on. */
  public static final String SERVE_ADDRESS = "ebpfdocs.serve.address";
  /** serve: the preview's TCP port. */
  public static final String SERVE_PORT = "ebpfdocs.serve.port";
  /** serve: requests handled at once. */
  public static final String SERVE_THREADS = "ebpfdocs.serve.threads";
}
