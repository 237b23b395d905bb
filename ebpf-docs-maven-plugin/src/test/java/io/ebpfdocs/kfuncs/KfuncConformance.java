package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Facts about the corpus and the pinned 6.18.44 kernel BTF (ebpf-docs README.md). */
final class KfuncConformance {
  /**
   * The kfunc pages whose signature the pinned BTF changes: 16 whose kernel API changed after 6.18,
   * and bpf_cpumask_populate, whose first parameter is {@code struct bpf_cpumask *} in 6.18.44.
   */
  static final Set<String> CHANGED_BY_PINNED_BTF = new TreeSet<>(Set.of("bpf_cpumask_populate",
      "bpf_copy_from_user_dynptr", "bpf_copy_from_user_str_dynptr",
      "bpf_copy_from_user_task_dynptr", "bpf_copy_from_user_task_str_dynptr", "bpf_dynptr_adjust",
      "bpf_dynptr_copy", "bpf_dynptr_memset", "bpf_dynptr_size", "bpf_dynptr_slice",
      "bpf_dynptr_slice_rdwr", "bpf_probe_read_kernel_dynptr", "bpf_probe_read_kernel_str_dynptr",
      "bpf_probe_read_user_dynptr", "bpf_probe_read_user_str_dynptr", "bpf_session_cookie",
      "bpf_session_is_return"));

  /** Distinct kfuncs of data/kfuncs.yaml. */
  static final int DATA_KFUNCS = 318;
  /** Data kfuncs that are not in the pinned BTF: 111 unexpected plus 10 of kfuncs.removed. */
  static final int MISSING_FROM_618 = 121;
  static final int REMOVED_MISSING_FROM_618 = 10;

  private KfuncConformance() {}

  /** The running kernel's BTF, for assertions that hold on any kernel; skips the calling test when it is absent. */
  static Path runningKernelBtf() {
    Path btf = Path.of("/sys/kernel/btf/vmlinux");
    assumeTrue(Files.isReadable(btf), "skipped: " + btf + " is absent (this test only asks it to parse and generate valid C)");
    return btf;
  }

  /** The text between the first {@code start} and the following {@code stop}, if both are there. */
  static Optional<String> region(String page, String start, String stop) {
    int from = page.indexOf(start);
    if (from < 0) {
      return Optional.empty();
    }
    from += start.length();
    int to = page.indexOf(stop, from);
    return to < 0 ? Optional.empty() : Optional.of(page.substring(from, to));
  }
}
