package io.ebpfdocs.kfuncs;

import java.util.Set;
import java.util.TreeSet;

/** Facts about the corpus and the 6.18 kernel BTF of these machines (ebpf-docs README.md). */
final class KfuncConformance {
  /** The kfunc pages whose signature changed in the kernel after 6.18. */
  static final Set<String> CHANGED_SINCE_618 = new TreeSet<>(Set.of(
      "bpf_copy_from_user_dynptr", "bpf_copy_from_user_str_dynptr",
      "bpf_copy_from_user_task_dynptr", "bpf_copy_from_user_task_str_dynptr", "bpf_dynptr_adjust",
      "bpf_dynptr_copy", "bpf_dynptr_memset", "bpf_dynptr_size", "bpf_dynptr_slice",
      "bpf_dynptr_slice_rdwr", "bpf_probe_read_kernel_dynptr", "bpf_probe_read_kernel_str_dynptr",
      "bpf_probe_read_user_dynptr", "bpf_probe_read_user_str_dynptr", "bpf_session_cookie",
      "bpf_session_is_return"));

  /** Data kfuncs that are not in the 6.18 BTF, counting those listed as removed. */
  static final int MISSING_FROM_618 = 121;

  private KfuncConformance() {}
}
