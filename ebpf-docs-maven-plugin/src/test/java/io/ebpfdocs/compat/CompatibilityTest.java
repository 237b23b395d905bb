package io.ebpfdocs.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.compat.Compatibility.HelperUse;
import io.ebpfdocs.compat.Compatibility.KfuncUse;
import io.ebpfdocs.compat.Query.KernelAnswer;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolution and the answers on a small tree whose every rule is visible in the fixture. */
class CompatibilityTest {
  @TempDir Path dir;
  Compatibility compat;

  @BeforeEach
  void fixture() throws Exception {
    DocsTree tree = new DocsTree(dir)
        .data("feature-versions.yaml", """
            - name: program_types
              features:
                - {name: PROG_A, version: v4.1, commit: a41}
                - {name: PROG_B, version: "7.1", commit: b71}
            - name: helpers
              features:
                - {name: bpf_old, version: v3.18, commit: c318}
                - {name: bpf_new, version: v5.10, commit: c510}
            - name: kfuncs
              features:
                - {name: kf_one, version: v6.2, commit: k62}
                - {name: kf_gone, version: v6.1}
            - name: attach_types
              features:
                - {name: ATTACH_X, version: v4.10, commit: x410}
            """)
        .data("helpers-functions.yaml", """
            groups:
              base:
              - name: bpf_old
              - name: bpf_new
            programs:
              PROG_A:
              - group: base
              - name: bpf_undated
              PROG_B:
              - group: base
              - exclude: bpf_new
              - name: bpf_old
                since: {version: 6.4, commit: s64}
            maps:
              MAP_A:
              - name: bpf_old
            """)
        .data("kfuncs.yaml", """
            sets:
              one:
                funcs:
                  - {name: kf_one, flags: [KF_ACQUIRE, KF_RCU, KF_MADE_UP]}
                  - {name: kf_gone, flags: [KF_RELEASE]}
                program_types:
                  - name: PROG_A
                    until: {version: "6.8", commit: u68}
                  - name: BPF_PROG_TYPE_UNSPEC
            """)
        .data("generators.yaml", """
            kfuncs:
              removed: [kf_gone]
              common_program_types:
                - name: PROG_B
                  since: {version: "6.3", commit: s63}
              flag_notes:
                KF_ACQUIRE: "\\n!!! note\\n\\tReturns a [`reference`](../x.md) to release.\\n"
            """)
        .page("linux/program-type/PROG_A.md", "# A\n")
        .page("linux/helper-function/bpf_old.md", "# old\n")
        .page("linux/helper-function/index.md", "# helpers\n")
        .page("ebpf-library/libbpf/userspace/bpf_old.md", "# libbpf\n");
    compat = CompatibilityLoader.load(DocsSettings.forRoot(tree.root()));
  }

  @Test
  void programTypesGetTheGeneratorsLists() {
    Compatibility.ProgramType a = compat.programType("PROG_A").orElseThrow();
    assertEquals(List.of("bpf_new", "bpf_old", "bpf_undated"), a.helpers().stream().map(HelperUse::name).toList());
    assertEquals(List.of("kf_one"), a.kfuncs().stream().map(KfuncUse::name).toList(), "removed kfuncs are left out");
    assertEquals(Optional.of("v6.8"), a.kfuncs().get(0).until().map(Release::version));
    assertEquals(Optional.of("linux/program-type/PROG_A/"), a.page());
    Compatibility.ProgramType b = compat.programType("PROG_B").orElseThrow();
    assertEquals(List.of("bpf_old"), b.helpers().stream().map(HelperUse::name).toList(), "excluded, own entry first");
    assertEquals(Optional.of(new Release("v6.4", "6.4", Optional.of("s64"))), b.helpers().get(0).since());
    assertEquals(Optional.of(new Release("v7.1", "7.1", Optional.of("b71"))), b.release());
    assertEquals(Optional.empty(), b.page());
  }

  @Test
  void theReverseViews() {
    Compatibility.Helper old = compat.helper("bpf_old").orElseThrow();
    assertEquals(List.of("PROG_A", "PROG_B"), old.programTypes().stream().map(Compatibility.TypeUse::name).toList());
    assertEquals(List.of("MAP_A"), old.mapTypes().stream().map(Compatibility.TypeUse::name).toList());
    Compatibility.Kfunc gone = compat.kfunc("kf_gone").orElseThrow();
    assertTrue(gone.removed());
    assertEquals(List.of("PROG_A", "PROG_B"), gone.programTypes().stream().map(Compatibility.TypeUse::name).toList(),
        "a removed kfunc keeps its own list; UNSPEC is the common program types");
    assertEquals(Optional.of(new Release("v6.1", "v6.1", Optional.empty())), gone.release());
    assertEquals(List.of("bpf_new", "bpf_old", "bpf_undated"), compat.helpers().stream().map(Compatibility.Helper::name).toList(),
        "index.md is not a helper");
  }

  @Test
  void theKernelFormSortsEveryCall() throws Exception {
    Query query = new Query(compat);
    KernelAnswer onA = query.kernel(new KernelVersion(6, 8), "PROG_A");
    assertEquals(List.of("bpf_new", "bpf_old"), onA.available().helpers().stream().map(HelperUse::name).toList());
    assertEquals(List.of("bpf_undated"), onA.undated().helpers().stream().map(HelperUse::name).toList());
    assertEquals(List.of("kf_one"), onA.gone().stream().map(KfuncUse::name).toList(), "until v6.8 means not on v6.8");
    assertEquals(List.of("kf_one"), query.kernel(new KernelVersion(6, 7), "PROG_A").available().kfuncs().stream()
        .map(KfuncUse::name).toList());
    KernelAnswer onB = query.kernel(new KernelVersion(6, 2), "PROG_B");
    assertEquals(List.of("bpf_old"), onB.later().helpers().stream().map(HelperUse::name).toList(), "per-type since v6.4");
    assertEquals(List.of("kf_one"), onB.later().kfuncs().stream().map(KfuncUse::name).toList(), "own release v6.2, for the type v6.3: the later counts");
    assertEquals(Optional.of(new KernelVersion(6, 3)),
        Query.arrival(onB.later().kfuncs().get(0).version(), onB.later().kfuncs().get(0).since(), Optional.empty()));
    assertTrue(onB.notes().get(0).startsWith("PROG_B itself arrived in v7.1, after v6.2"));
    KernelAnswer beforeB = query.kernel(new KernelVersion(7, 0), "PROG_B");
    assertEquals(new Query.Calls(List.of(), List.of()), beforeB.available(), "nothing before the program type itself");
    assertEquals(List.of("Later:", "  helper bpf_old from v7.1 (own release v3.18, for this type since v6.4, the program type"
        + " itself since v7.1)", "  kfunc kf_one from v7.1 (own release v6.2, for this type since v6.3, the program type"
        + " itself since v7.1) [KF_ACQUIRE, KF_RCU, KF_MADE_UP]"), QueryReport.lines(beforeB).subList(1, 4));
    assertEquals(Optional.empty(), Query.arrival(Optional.empty(), Optional.empty(), beforeB.programType().release()),
        "the type's release alone does not date a call");
    DocsException unknown = assertThrows(DocsException.class, () -> query.kernel(new KernelVersion(6, 100), "PROG_A"));
    assertEquals("kernel v6.100 is not a release the data knows; it knows v3.18 to v7.1 (v3.18, v4.0-v4.10, v5.0-v5.10,"
        + " v6.0-v6.8, v7.0-v7.1)", unknown.getMessage(), "each major up to the last minor the data names");
  }

  @Test
  void aNameCanBeSeveralThings() {
    Query.NameAnswer old = new Query(compat).name("bpf_old");
    assertEquals(List.of(Kind.HELPER, Kind.LIBBPF_USERSPACE), old.matches().stream().map(Query.Match::kind).toList());
    Query.NameAnswer attach = new Query(compat).name("ATTACH_X");
    assertEquals(Kind.FEATURE, attach.matches().get(0).kind());
    assertTrue(QueryReport.lines(attach).get(1).contains("since v4.10 (commit x410), group attach_types, no page."));
    Query.NameAnswer kfunc = new Query(compat).name("kf_one");
    assertEquals(List.of(new Query.FlagMeaning("KF_ACQUIRE", Optional.of("Returns a reference to release.")),
        FlagMeanings.of("KF_RCU", java.util.Map.of()),
        new Query.FlagMeaning("KF_MADE_UP", Optional.empty())), kfunc.flags());
    assertTrue(kfunc.flags().get(1).meaning().isPresent(), "built in where the data has no note");
    assertFalse(new Query(compat).name("nothing_like_it").closest().contains("bpf_old"));
  }

  @Test
  void theApiExplainsEveryFlagOnceInItsOwnFile() throws Exception {
    assertEquals("""
        [
        {"name":"KF_ACQUIRE","meaning":"Returns a reference to release."},
        {"name":"KF_MADE_UP","meaning":null},
        {"name":"KF_RCU","meaning":"%s"},
        {"name":"KF_RELEASE","meaning":null}
        ]
        """.formatted(FlagMeanings.of("KF_RCU", java.util.Map.of()).meaning().orElseThrow()),
        ApiFiles.render(compat).get("kfunc-flags.json"),
        "the flags of every kfunc (the removed one's too), sorted; the data's note as plain text, else the plugin's");
    assertTrue(ApiFiles.render(compat).get(ApiFiles.SCRIPT).contains("\n\"kfuncFlags\": [\n{\"name\":\"KF_ACQUIRE\""));
  }

  @Test
  void editDistance() {
    assertEquals(0, EditDistance.distance("abc", "abc", 5));
    assertEquals(1, EditDistance.distance("bpf_lop", "bpf_loop", 5));
    assertEquals(3, EditDistance.distance("kitten", "sitting", 5));
    assertEquals(3, EditDistance.distance("abcdef", "abcdefghijkl", 2), "gives up past the cap");
    assertEquals(List.of("bpf_loop", "bpf_lock"),
        EditDistance.closest("bpf_lop", List.of("bpf_lock", "bpf_loop", "BPF_PROG_TYPE_XDP"), 5));
    assertEquals(List.of("BPF_MAP_TYPE_RINGBUF", "bpf_ringbuf_output", "bpf_ringbuf_reserve", "ringbus"),
        EditDistance.closest("ringbuf", List.of("bpf_ringbuf_reserve", "ringbus", "BPF_MAP_TYPE_RINGBUF",
            "bpf_ringbuf_output", "bpf_loop"), 5), "names containing the word first, the shortest first");
    assertEquals(List.of("SEC"), EditDistance.closest("xd", List.of("SEC", "BPF_PROG_TYPE_XDP"), 5),
        "two letters are inside too many names");
  }
}
