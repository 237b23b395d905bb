package io.ebpfdocs.maven;

import io.ebpfdocs.generate.Options;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Where the generators' inputs beside the data are: libbpf and the kernel BTF. The goals that run
 * the generators take them, and so does {@code serve}, which runs them in memory ({@code site}
 * inherits them with serve's other parameters and reads none of them).
 */
public abstract class AbstractInputsMojo extends AbstractDocsMojo {

  /**
   * libbpf, for the helper definitions and libbpf tags: a git repository (read at {@code libbpfRef}
   * without checkout), a folder holding {@code src/bpf_helper_defs.h} and {@code src/libbpf.map},
   * or an http(s) URL template with {@code {ref}} and {@code {path}}; default libbpf's GitHub.
   */
  @Parameter(property = Options.LIBBPF)
  protected String libbpf;

  /** The libbpf branch, tag or commit; default the text of {@code ROOT/tools/libbpf-ref}, else master. */
  @Parameter(property = Options.LIBBPF_REF)
  protected String libbpfRef;

  /** A bpf_helper_defs.h to read instead of libbpf's. */
  @Parameter(property = Options.HELPER_DEFS_FILE)
  protected File helperDefsFile;

  /** Where libbpf downloads are kept, by ref and path; default {@code ~/.cache/ebpfdocs/libbpf}. */
  @Parameter(property = Options.LIBBPF_CACHE)
  protected File libbpfCache;

  /**
   * Kernel BTF for the kfunc signatures, {@code FILE[,MODULE_FILE...]}: a vmlinux (raw BTF or ELF),
   * then module BTF split on top of it; {@code none} for no BTF. Default: {@code tools/kfunc-gen/vmlinux}
   * under the root when present, else none (KFUNC_DEF regions are left as they are). The running
   * kernel's {@code /sys/kernel/btf/vmlinux} is read only when named here.
   */
  @Parameter(property = Options.BTF)
  protected String btf;

  @Override
  protected Map<String, String> options() {
    Map<String, String> options = super.options();
    options.put(Options.LIBBPF, libbpf);
    options.put(Options.LIBBPF_REF, libbpfRef);
    options.put(Options.HELPER_DEFS_FILE, helperDefsFile == null ? null : helperDefsFile.getPath());
    options.put(Options.LIBBPF_CACHE, libbpfCache == null ? null : libbpfCache.getPath());
    options.put(Options.BTF, btf);
    return options;
  }
}
