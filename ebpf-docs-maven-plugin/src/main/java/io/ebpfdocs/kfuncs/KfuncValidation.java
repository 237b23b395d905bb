package io.ebpfdocs.kfuncs;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfType;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares data/kfuncs.yaml with a kernel's BTF. BTF says which functions are kfuncs, their
 * prototypes and the {@code bpf_fastcall} tag; it does not carry the other KF_* flags (they live in
 * the kernel's .BTF_ids id sets), so a flag is checked only where the prototype contradicts it:
 * KF_ACQUIRE needs a pointer return (not KF_RET_NULL: the resilient spin locks return an int),
 * KF_RELEASE a pointer parameter, the KF_ITER_* flags a {@code struct bpf_iter_*} pointer as first
 * parameter, and KF_FASTCALL the tag.
 */
public final class KfuncValidation {

  /** What a finding is about; only {@link #REMOVED_NOT_IN_KERNEL} is expected and not a warning. */
  public enum Kind {
    NOT_IN_DATA("kfuncs in the kernel but not in the data", true),
    NOT_IN_KERNEL("data kfuncs not in the kernel", true),
    REMOVED_NOT_IN_KERNEL("removed kfuncs not in the kernel", false),
    FLAG_CONTRADICTED("flags contradicted by the kernel", true),
    SLEEPABLE_IN_NON_SLEEPABLE("sleepable kfuncs listed for program types that cannot sleep", true);

    private final String summary;
    private final boolean warning;

    Kind(String summary, boolean warning) {
      this.summary = summary;
      this.warning = warning;
    }

    /** Counter name for the run summary. */
    public String summary() {
      return summary;
    }

    public boolean warning() {
      return warning;
    }
  }

  public record Finding(Kind kind, String kfunc, String message) {}

  private static final String SLEEPABLE = "KF_SLEEPABLE";
  private static final String FASTCALL = "KF_FASTCALL";

  private final Btf btf;
  private final List<Finding> findings = new ArrayList<>();

  private KfuncValidation(Btf btf) {
    this.btf = btf;
  }

  /**
   * What the data alone says is wrong: sleepable kfuncs listed for program types that cannot sleep
   * (the verifier rejects those calls). Needs no kernel BTF.
   */
  public static List<Finding> checkData(KfuncCatalog catalog, KfuncSettings settings) {
    KfuncValidation validation = new KfuncValidation(null);
    Set<String> sleepable = Set.copyOf(settings.sleepableProgramTypes());
    for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
      validation.checkSleepable(kfunc, sleepable);
    }
    return List.copyOf(validation.findings);
  }

  /**
   * The findings between the data and a kernel's BTF, kernel-only kfuncs first (by name), then the
   * data's kfuncs in data order.
   */
  public static List<Finding> check(
      KfuncCatalog catalog, Btf btf, Map<String, KernelKfunc> kernel, KfuncSettings settings) {
    KfuncValidation validation = new KfuncValidation(btf);
    Set<String> ignored = Set.copyOf(settings.ignore());
    for (String name : kernel.keySet()) {
      if (catalog.kfunc(name).isEmpty() && !ignored.contains(name)) {
        validation.add(Kind.NOT_IN_DATA, name, "is a kfunc in the kernel BTF but is not in data/kfuncs.yaml"
            + " (newly added? add it to a set, or to kfuncs.ignore in data/generators.yaml)");
      }
    }
    Set<String> removed = Set.copyOf(settings.removed());
    for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
      KernelKfunc inKernel = kernel.get(kfunc.name());
      if (inKernel != null) {
        validation.checkFlags(kfunc, inKernel);
      } else if (removed.contains(kfunc.name())) {
        validation.add(Kind.REMOVED_NOT_IN_KERNEL, kfunc.name(), "is listed as removed and is not in the kernel BTF");
      } else {
        validation.add(Kind.NOT_IN_KERNEL, kfunc.name(), "is in data/kfuncs.yaml but not a kfunc in the kernel BTF"
            + " (deleted? add it to kfuncs.removed in data/generators.yaml, or check the BTF is recent enough)");
      }
    }
    return List.copyOf(validation.findings);
  }

  private void checkSleepable(KfuncCatalog.Kfunc kfunc, Set<String> sleepable) {
    List<String> cannotSleep = kfunc.flags().contains(SLEEPABLE) ? nonSleepable(kfunc, sleepable) : List.of();
    if (!cannotSleep.isEmpty()) {
      add(Kind.SLEEPABLE_IN_NON_SLEEPABLE, kfunc.name(),
          "is KF_SLEEPABLE but listed for program types whose programs cannot sleep: " + String.join(", ", cannotSleep));
    }
  }

  private static List<String> nonSleepable(KfuncCatalog.Kfunc kfunc, Set<String> sleepable) {
    List<String> names = new ArrayList<>();
    for (Versioned programType : kfunc.programTypes()) {
      if (!sleepable.contains(programType.name())) {
        names.add(programType.name());
      }
    }
    return names;
  }

  private void checkFlags(KfuncCatalog.Kfunc kfunc, KernelKfunc inKernel) {
    BtfType protoType = btf.type(((BtfType.Func) btf.type(inKernel.funcId())).proto());
    if (!(protoType instanceof BtfType.FuncProto)) {
      return; // corrupt BTF, reported when the signature is printed
    }
    BtfType.FuncProto proto = (BtfType.FuncProto) protoType;
    List<String> flags = kfunc.flags();
    boolean returnsPointer = btf.kind(skipModifiers(proto.returnType())) == BtfKind.PTR;
    if (flags.contains("KF_ACQUIRE") && !returnsPointer) {
      contradicted(kfunc, "KF_ACQUIRE but the kernel's prototype returns no pointer");
    }
    boolean takesPointer = proto.params().stream().anyMatch(p -> btf.kind(skipModifiers(p.type())) == BtfKind.PTR);
    if (flags.contains("KF_RELEASE") && !takesPointer) {
      contradicted(kfunc, "KF_RELEASE but the kernel's prototype takes no pointer");
    }
    for (String flag : List.of("KF_ITER_NEW", "KF_ITER_NEXT", "KF_ITER_DESTROY")) {
      if (flags.contains(flag) && !firstParamIsIterator(proto)) {
        contradicted(kfunc, flag + " but the kernel's prototype does not take a struct bpf_iter_* pointer first");
      }
    }
    boolean tagged = inKernel.tags().contains(KernelKfuncs.FASTCALL_TAG);
    if (flags.contains(FASTCALL) != tagged) {
      contradicted(kfunc, tagged
          ? "not KF_FASTCALL in the data but tagged bpf_fastcall in the kernel"
          : "KF_FASTCALL but not tagged bpf_fastcall in the kernel");
    }
  }

  private boolean firstParamIsIterator(BtfType.FuncProto proto) {
    if (proto.params().isEmpty()) {
      return false;
    }
    BtfType pointer = btf.type(skipModifiers(proto.params().get(0).type()));
    if (!(pointer instanceof BtfType.Ptr)) {
      return false;
    }
    BtfType target = btf.type(skipModifiers(((BtfType.Ptr) pointer).target()));
    return target.kind() == BtfKind.STRUCT && target.name().startsWith("bpf_iter_");
  }

  /** Follows typedefs, qualifiers and type tags, as the verifier does before it looks at a type. */
  private int skipModifiers(int typeId) {
    for (int depth = 0; depth < 64; depth++) {
      BtfType type = btf.type(typeId);
      if (type instanceof BtfType.Typedef) {
        typeId = ((BtfType.Typedef) type).target();
      } else if (type instanceof BtfType.Qualifier) {
        typeId = ((BtfType.Qualifier) type).target();
      } else if (type instanceof BtfType.TypeTag) {
        typeId = ((BtfType.TypeTag) type).target();
      } else {
        return typeId;
      }
    }
    return typeId;
  }

  private void contradicted(KfuncCatalog.Kfunc kfunc, String what) {
    add(Kind.FLAG_CONTRADICTED, kfunc.name(), "is " + what);
  }

  private void add(Kind kind, String kfunc, String message) {
    findings.add(new Finding(kind, kfunc, kfunc + " " + message));
  }
}
