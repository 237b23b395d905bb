package io.ebpfdocs.kfuncs;

import io.ebpfdocs.data.KfuncSets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kfuncs of data/kfuncs.yaml resolved per kfunc and per program type: a kfunc registered in
 * several sets gets the union of their program types (first occurrence wins for since/until),
 * sorted by name, minus the program types its entries except; BPF_PROG_TYPE_UNSPEC stands for the
 * common program types.
 */
public final class KfuncCatalog {
  static final String UNSPEC = "BPF_PROG_TYPE_UNSPEC";
  private static final Comparator<Versioned> BY_NAME = Comparator.comparing(Versioned::name);

  /**
   * A documented kfunc: its flags (those of its first entry), its program types, sorted, and the
   * line of its first entry in the data.
   */
  public record Kfunc(String name, List<String> flags, List<Versioned> programTypes, int line) {}

  private final Map<String, Kfunc> kfuncs;
  private final Map<String, List<Versioned>> kfuncsByProgramType;

  private KfuncCatalog(Map<String, Kfunc> kfuncs, Map<String, List<Versioned>> kfuncsByProgramType) {
    this.kfuncs = kfuncs;
    this.kfuncsByProgramType = kfuncsByProgramType;
  }

  public static KfuncCatalog of(KfuncSets data, KfuncSettings settings) {
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (KfuncSets.KfuncSet set : data.sets()) {
      List<Versioned> programTypes = expand(set.programTypes(), settings.commonProgramTypes());
      for (KfuncSets.Func entry : set.funcs()) {
        builders.computeIfAbsent(entry.name(), name -> new Builder(entry)).add(programTypes, entry);
      }
    }
    Map<String, Kfunc> kfuncs = new LinkedHashMap<>();
    builders.forEach((name, builder) -> kfuncs.put(name, builder.build(name)));
    Set<String> removed = Set.copyOf(settings.removed());
    return new KfuncCatalog(Collections.unmodifiableMap(kfuncs), byProgramType(kfuncs.values(), removed));
  }

  /** Every kfunc of the data, in the order of its first appearance. */
  public Collection<Kfunc> kfuncs() {
    return kfuncs.values();
  }

  public Optional<Kfunc> kfunc(String name) {
    return Optional.ofNullable(kfuncs.get(name));
  }

  /**
   * The kfuncs callable from {@code programType}, sorted by name, each with the since/until of its
   * registration for that program type; removed kfuncs are left out.
   */
  public List<Versioned> kfuncsOf(String programType) {
    return kfuncsByProgramType.getOrDefault(programType, List.of());
  }

  private static List<Versioned> expand(List<KfuncSets.ProgramType> programTypes, List<Versioned> common) {
    List<Versioned> expanded = new ArrayList<>();
    for (KfuncSets.ProgramType programType : programTypes) {
      if (UNSPEC.equals(programType.name())) {
        expanded.addAll(common);
      } else {
        expanded.add(Versioned.of(programType));
      }
    }
    return expanded;
  }

  private static Map<String, List<Versioned>> byProgramType(Collection<Kfunc> kfuncs, Set<String> removed) {
    Map<String, List<Versioned>> lists = new TreeMap<>();
    for (Kfunc kfunc : kfuncs) {
      if (removed.contains(kfunc.name())) {
        continue;
      }
      for (Versioned programType : kfunc.programTypes()) {
        lists.computeIfAbsent(programType.name(), k -> new ArrayList<>()).add(programType.renamed(kfunc.name()));
      }
    }
    lists.replaceAll((programType, list) -> {
      list.sort(BY_NAME);
      return List.copyOf(list);
    });
    return Collections.unmodifiableMap(lists);
  }

  /** Collects the entries of one kfunc across sets. */
  private static final class Builder {
    private final KfuncSets.Func first;
    private final Map<String, Versioned> programTypes = new LinkedHashMap<>();
    private final Set<String> excepted = new HashSet<>();

    Builder(KfuncSets.Func first) {
      this.first = first;
    }

    void add(List<Versioned> setProgramTypes, KfuncSets.Func entry) {
      setProgramTypes.forEach(programType -> programTypes.putIfAbsent(programType.name(), programType));
      excepted.addAll(entry.exceptProgramTypes());
    }

    Kfunc build(String name) {
      List<Versioned> allowed = new ArrayList<>();
      for (Versioned programType : programTypes.values()) {
        if (!excepted.contains(programType.name())) {
          allowed.add(programType);
        }
      }
      allowed.sort(BY_NAME);
      return new Kfunc(name, first.flags(), List.copyOf(allowed), first.line());
    }
  }
}
