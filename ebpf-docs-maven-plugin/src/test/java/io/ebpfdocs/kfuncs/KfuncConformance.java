package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Facts about the corpus and the 6.18 kernel BTF of these machines (ebpf-docs README.md). */
final class KfuncConformance {
  static final Path KERNEL_BTF = Path.of("/sys/kernel/btf/vmlinux");

  /** The kfunc pages whose signature changed in the kernel after 6.18. */
  static final Set<String> CHANGED_SINCE_618 = new TreeSet<>(Set.of(
      "bpf_copy_from_user_dynptr", "bpf_copy_from_user_str_dynptr",
      "bpf_copy_from_user_task_dynptr", "bpf_copy_from_user_task_str_dynptr", "bpf_dynptr_adjust",
      "bpf_dynptr_copy", "bpf_dynptr_memset", "bpf_dynptr_size", "bpf_dynptr_slice",
      "bpf_dynptr_slice_rdwr", "bpf_probe_read_kernel_dynptr", "bpf_probe_read_kernel_str_dynptr",
      "bpf_probe_read_user_dynptr", "bpf_probe_read_user_str_dynptr", "bpf_session_cookie",
      "bpf_session_is_return"));

  /** Distinct kfuncs of data/kfuncs.yaml. */
  static final int DATA_KFUNCS = 318;
  /** Data kfuncs that are not in the 6.18 BTF: 111 unexpected plus 10 of kfuncs.removed. */
  static final int MISSING_FROM_618 = 121;
  static final int REMOVED_MISSING_FROM_618 = 10;

  private KfuncConformance() {}

  /** The kernel BTF; skips the calling test when the machine has none. */
  static Path kernelBtf() {
    assumeTrue(Files.isReadable(KERNEL_BTF), "skipped: " + KERNEL_BTF + " is absent, the BTF-dependent assertions need it");
    return KERNEL_BTF;
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
