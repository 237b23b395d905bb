package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.data.KfuncSets.Func;
import io.ebpfdocs.data.KfuncSets.KfuncSet;
import io.ebpfdocs.data.KfuncSets.ProgramType;
import io.ebpfdocs.data.Since;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KfuncCatalogTest {
  static final Since V612 = new Since("6.12", "bc638d8");
  static final Since V611 = new Since("6.11", "ebc0d80");

  static Func func(String name, String... flags) {
    return new Func(name, List.of(flags), List.of(), 1);
  }

  static ProgramType type(String name) {
    return new ProgramType(name, Optional.empty(), Optional.empty(), 1);
  }

  static KfuncSettings settings(List<String> removed, Versioned... common) {
    return new KfuncSettings(List.of(), removed, List.of(common), Map.of(), "none\n", List.of("BPF_PROG_TYPE_TRACING"));
  }

  private static List<String> names(List<Versioned> list) {
    return list.stream().map(Versioned::name).toList();
  }

  @Test
  void aKfuncInSeveralSetsGetsTheSortedUnionOfTheirProgramTypes() {
    KfuncSets data = new KfuncSets(List.of(
        new KfuncSet("a", List.of(func("k", "KF_ACQUIRE")), List.of(type("BPF_PROG_TYPE_XDP"), type("BPF_PROG_TYPE_LSM")), 1),
        new KfuncSet("b", List.of(func("k", "KF_RELEASE")), List.of(type("BPF_PROG_TYPE_LSM"), type("BPF_PROG_TYPE_KPROBE")), 5)));

    KfuncCatalog.Kfunc kfunc = KfuncCatalog.of(data, settings(List.of())).kfunc("k").orElseThrow();

    assertEquals(List.of("BPF_PROG_TYPE_KPROBE", "BPF_PROG_TYPE_LSM", "BPF_PROG_TYPE_XDP"), names(kfunc.programTypes()));
    assertEquals(List.of("KF_ACQUIRE"), kfunc.flags(), "the flags of the first entry");
  }

  @Test
  void theFirstRegistrationOfAProgramTypeGivesItsVersions() {
    KfuncSets data = new KfuncSets(List.of(
        new KfuncSet("a", List.of(func("k")), List.of(new ProgramType("BPF_PROG_TYPE_TRACING", Optional.of(V612), Optional.empty(), 1)), 1),
        new KfuncSet("b", List.of(func("k")), List.of(type("BPF_PROG_TYPE_TRACING")), 5)));

    assertEquals(List.of(new Versioned("BPF_PROG_TYPE_TRACING", Optional.of(V612), Optional.empty())),
        KfuncCatalog.of(data, settings(List.of())).kfunc("k").orElseThrow().programTypes());
  }

  @Test
  void unspecStandsForTheCommonProgramTypes() {
    KfuncSets data = new KfuncSets(List.of(new KfuncSet("generic", List.of(func("k")), List.of(type("BPF_PROG_TYPE_UNSPEC")), 1)));
    Versioned tracepoint = new Versioned("BPF_PROG_TYPE_TRACEPOINT", Optional.of(V612), Optional.empty());

    KfuncCatalog catalog = KfuncCatalog.of(data, settings(List.of(), Versioned.of("BPF_PROG_TYPE_XDP"), tracepoint));

    assertEquals(List.of(tracepoint, Versioned.of("BPF_PROG_TYPE_XDP")), catalog.kfunc("k").orElseThrow().programTypes());
    assertEquals(List.of(new Versioned("k", Optional.of(V612), Optional.empty())), catalog.kfuncsOf("BPF_PROG_TYPE_TRACEPOINT"));
  }

  @Test
  void exceptedProgramTypesAreLeftOut() {
    Func excepted = new Func("k", List.of(), List.of("BPF_PROG_TYPE_KPROBE"), 1);
    KfuncSets data = new KfuncSets(List.of(
        new KfuncSet("a", List.of(excepted, func("other")), List.of(type("BPF_PROG_TYPE_KPROBE"), type("BPF_PROG_TYPE_XDP")), 1)));

    KfuncCatalog catalog = KfuncCatalog.of(data, settings(List.of()));

    assertEquals(List.of("BPF_PROG_TYPE_XDP"), names(catalog.kfunc("k").orElseThrow().programTypes()));
    assertEquals(List.of("other"), names(catalog.kfuncsOf("BPF_PROG_TYPE_KPROBE")));
  }

  @Test
  void programTypeListsAreSortedWithoutDuplicatesOrRemovedKfuncs() {
    KfuncSets data = new KfuncSets(List.of(
        new KfuncSet("a", List.of(func("zeta"), func("alpha"), func("gone")), List.of(type("BPF_PROG_TYPE_LSM")), 1),
        new KfuncSet("b", List.of(func("alpha")), List.of(type("BPF_PROG_TYPE_LSM")), 5)));

    KfuncCatalog catalog = KfuncCatalog.of(data, settings(List.of("gone")));

    assertEquals(List.of("alpha", "zeta"), names(catalog.kfuncsOf("BPF_PROG_TYPE_LSM")));
    assertEquals(List.of("BPF_PROG_TYPE_LSM"), names(catalog.kfunc("gone").orElseThrow().programTypes()),
        "a removed kfunc keeps its own list");
    assertEquals(List.of(), catalog.kfuncsOf("BPF_PROG_TYPE_XDP"));
    assertEquals(List.of("zeta", "alpha", "gone"), catalog.kfuncs().stream().map(KfuncCatalog.Kfunc::name).toList());
  }
}
