package io.ebpfdocs.kfuncs;

import static io.ebpfdocs.kfuncs.KfuncCatalogTest.func;
import static io.ebpfdocs.kfuncs.KfuncCatalogTest.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfWriter;
import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.data.KfuncSets.KfuncSet;
import io.ebpfdocs.kfuncs.KfuncValidation.Finding;
import io.ebpfdocs.kfuncs.KfuncValidation.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KfuncValidationTest {
  private final BtfWriter w = new BtfWriter();
  private final int u32 = w.intType("u32", 4, 0);
  private final int task = w.ptr(w.composite(BtfKind.STRUCT, "task_struct", 8));
  private final int iter = w.ptr(w.composite(BtfKind.STRUCT, "bpf_iter_num", 8));

  private List<Finding> check(KfuncSets.Func... funcs) throws Exception {
    Btf btf = w.parse();
    KfuncSets data = new KfuncSets(List.of(new KfuncSet("set", List.of(funcs), List.of(type("BPF_PROG_TYPE_TRACING")), 1)));
    KfuncSettings settings = new KfuncSettings(List.of("test_only"), List.of("gone"), List.of(), Map.of(), "", List.of("BPF_PROG_TYPE_TRACING"));
    return KfuncValidation.check(KfuncCatalog.of(data, settings), btf, KernelKfuncs.of(btf), settings);
  }

  @Test
  void kernelKfuncsMissingFromTheDataUnlessIgnored() throws Exception {
    w.kfunc("bpf_new", w.funcProto(u32));
    w.kfunc("test_only", w.funcProto(u32));
    assertEquals(List.of(new Finding(Kind.NOT_IN_DATA, "bpf_new", "bpf_new is a kfunc in the kernel BTF but is not in data/kfuncs.yaml"
        + " (newly added? add it to a set, or to kfuncs.ignore in data/generators.yaml)")), check());
  }

  @Test
  void dataKfuncsMissingFromTheKernelAreWarnedUnlessRemoved() throws Exception {
    List<Finding> findings = check(func("bpf_deleted"), func("gone"));
    assertEquals(List.of(Kind.NOT_IN_KERNEL, Kind.REMOVED_NOT_IN_KERNEL), findings.stream().map(Finding::kind).toList());
    assertEquals(List.of(true, false), findings.stream().map(f -> f.kind().warning()).toList());
  }

  @Test
  void flagsThePrototypeContradicts() throws Exception {
    w.kfunc("bpf_acquire_int", w.funcProto(u32, "t", task));
    w.kfunc("bpf_release_int", w.funcProto(0, "n", u32));
    w.kfunc("bpf_iter_bad_new", w.funcProto(u32, "t", task));
    w.kfunc("bpf_fast", w.funcProto(u32));
    List<Finding> findings = check(func("bpf_acquire_int", "KF_ACQUIRE", "KF_RET_NULL"), func("bpf_release_int", "KF_RELEASE"),
        func("bpf_iter_bad_new", "KF_ITER_NEW"), func("bpf_fast", "KF_FASTCALL"));
    assertEquals(List.of(
        "bpf_acquire_int is KF_ACQUIRE but the kernel's prototype returns no pointer",
        "bpf_release_int is KF_RELEASE but the kernel's prototype takes no pointer",
        "bpf_iter_bad_new is KF_ITER_NEW but the kernel's prototype does not take a struct bpf_iter_* pointer first",
        "bpf_fast is KF_FASTCALL but not tagged bpf_fastcall in the kernel"), findings.stream().map(Finding::message).toList());
  }

  @Test
  void flagsThePrototypeAgreesWith() throws Exception {
    int acquire = w.kfunc("bpf_task_acquire", w.funcProto(task, "t", task));
    w.declTag("bpf_fastcall", acquire, -1);
    w.kfunc("bpf_task_release", w.funcProto(0, "t", task));
    w.kfunc("bpf_iter_num_new", w.funcProto(u32, "it", iter, "start", u32));
    w.kfunc("bpf_spin", w.funcProto(u32));
    assertEquals(List.of(), check(func("bpf_task_acquire", "KF_ACQUIRE", "KF_RET_NULL", "KF_FASTCALL"),
        func("bpf_task_release", "KF_RELEASE"), func("bpf_iter_num_new", "KF_ITER_NEW"), func("bpf_spin", "KF_RET_NULL")));
  }

  @Test
  void aFastcallTagWithoutTheFlag() throws Exception {
    w.declTag("bpf_fastcall", w.kfunc("bpf_fast", w.funcProto(u32)), -1);
    assertEquals(List.of("bpf_fast is not KF_FASTCALL in the data but tagged bpf_fastcall in the kernel"),
        check(func("bpf_fast")).stream().map(Finding::message).toList());
  }

  @Test
  void sleepableKfuncsListedForProgramTypesThatCannotSleepWithoutAnyBtf() throws Exception {
    KfuncSets data = new KfuncSets(List.of(new KfuncSet("set", List.of(func("bpf_sleepy", "KF_SLEEPABLE")),
        List.of(type("BPF_PROG_TYPE_XDP"), type("BPF_PROG_TYPE_LSM"), type("BPF_PROG_TYPE_SCHED_CLS")), 1)));
    KfuncSettings settings = new KfuncSettings(List.of(), List.of(), List.of(), Map.of(), "", List.of("BPF_PROG_TYPE_LSM"));
    assertEquals(List.of(new Finding(Kind.SLEEPABLE_IN_NON_SLEEPABLE, "bpf_sleepy", "bpf_sleepy is KF_SLEEPABLE but listed for"
        + " program types whose programs cannot sleep: BPF_PROG_TYPE_SCHED_CLS, BPF_PROG_TYPE_XDP")),
        KfuncValidation.checkData(KfuncCatalog.of(data, settings), settings));
  }
}
