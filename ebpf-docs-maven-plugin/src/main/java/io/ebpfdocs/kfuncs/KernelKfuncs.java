package io.ebpfdocs.kfuncs;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfType;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kfuncs a kernel's BTF declares: FUNC types tagged {@code bpf_kfunc} on the function itself
 * (not on one of its parameters), with every declaration tag of the function (e.g. {@code
 * bpf_fastcall}).
 */
public final class KernelKfuncs {
  static final String KFUNC_TAG = "bpf_kfunc";
  static final String FASTCALL_TAG = "bpf_fastcall";

  /** One kfunc: its FUNC type id and the values of the declaration tags on the function. */
  public record KernelKfunc(String name, int funcId, Set<String> tags) {}

  private KernelKfuncs() {}

  /** Every kfunc of {@code btf} (base and split types), by name. */
  public static Map<String, KernelKfunc> of(Btf btf) {
    Map<Integer, Set<String>> tagsByFunc = new TreeMap<>();
    for (int id = 1; id < btf.typeCount(); id++) {
      if (btf.kind(id) != BtfKind.DECL_TAG) {
        continue;
      }
      BtfType.DeclTag tag = (BtfType.DeclTag) btf.type(id);
      if (tag.componentIndex() == -1 && btf.kind(tag.target()) == BtfKind.FUNC) {
        tagsByFunc.computeIfAbsent(tag.target(), k -> new TreeSet<>()).add(tag.name());
      }
    }
    Map<String, KernelKfunc> kfuncs = new TreeMap<>();
    tagsByFunc.forEach(
        (funcId, tags) -> {
          if (tags.contains(KFUNC_TAG)) {
            String name = btf.type(funcId).name();
            kfuncs.putIfAbsent(name, new KernelKfunc(name, funcId, Set.copyOf(tags)));
          }
        });
    return kfuncs;
  }
}
