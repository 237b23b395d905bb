package io.ebpfdocs.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.compat.Compatibility.HelperUse;
import io.ebpfdocs.compat.Compatibility.KfuncUse;
import io.ebpfdocs.compat.Compatibility.TypeUse;
import io.ebpfdocs.compat.Query.KernelAnswer;
import io.ebpfdocs.compat.Query.Match;
import io.ebpfdocs.compat.Query.NameAnswer;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code query} on a copy of the real tree: names of every kind, and the kernel / program-type form. */
class QueryCorpusTest {
  private static Query query;

  @BeforeAll
  static void load() throws Exception {
    query = new Query(CompatibilityLoader.load(DocsSettings.forRoot(Corpus.copy("query"))));
  }

  /** name, its kinds (in answer order), the release of the first kind, its page. */
  @ParameterizedTest
  @CsvSource({
      "bpf_loop, HELPER, v5.17, linux/helper-function/bpf_loop/",
      "bpf_map_lookup_elem, HELPER LIBBPF_USERSPACE, v3.18, linux/helper-function/bpf_map_lookup_elem/",
      "bpf_map_update_elem, HELPER LIBBPF_USERSPACE, v3.18, linux/helper-function/bpf_map_update_elem/",
      "bpf_get_current_cgroup_id, HELPER, v4.18, linux/helper-function/bpf_get_current_cgroup_id/",
      "bpf_xdp_adjust_tail, HELPER, v4.18, linux/helper-function/bpf_xdp_adjust_tail/",
      "bpf_ringbuf_output, HELPER, v5.8, linux/helper-function/bpf_ringbuf_output/",
      "bpf_tail_call, HELPER, v4.2, linux/helper-function/bpf_tail_call/",
      "bpf_redirect, HELPER, v4.4, linux/helper-function/bpf_redirect/",
      "bpf_ktime_get_ns, HELPER, v4.1, linux/helper-function/bpf_ktime_get_ns/",
      "bpf_probe_read_kernel, HELPER, v5.5, linux/helper-function/bpf_probe_read_kernel/",
      "bpf_get_attach_cookie, HELPER, , linux/helper-function/bpf_get_attach_cookie/",
      "bpf_task_acquire, KFUNC, v6.2, linux/kfuncs/bpf_task_acquire/",
      "bpf_obj_new_impl, KFUNC, v6.2, linux/kfuncs/bpf_obj_new_impl/",
      "cgroup_rstat_flush, KFUNC, v6.1, linux/kfuncs/cgroup_rstat_flush/",
      "bpf_cpumask_create, KFUNC, v6.3, linux/kfuncs/bpf_cpumask_create/",
      "bpf_rcu_read_lock, KFUNC, v6.2, linux/kfuncs/bpf_rcu_read_lock/",
      "crash_kexec, KFUNC, v6.1, linux/kfuncs/crash_kexec/",
      "bpf_xdp_metadata_rx_hash, KFUNC, v6.3, linux/kfuncs/bpf_xdp_metadata_rx_hash/",
      "bpf_dynptr_slice, KFUNC, v6.4, linux/kfuncs/bpf_dynptr_slice/",
      "bpf_get_file_xattr, KFUNC, v6.8, linux/kfuncs/bpf_get_file_xattr/",
      "BPF_PROG_TYPE_XDP, PROGRAM_TYPE, v4.8, linux/program-type/BPF_PROG_TYPE_XDP/",
      "BPF_PROG_TYPE_KPROBE, PROGRAM_TYPE, v4.1, linux/program-type/BPF_PROG_TYPE_KPROBE/",
      "BPF_PROG_TYPE_SYSCALL, PROGRAM_TYPE, v5.14, linux/program-type/BPF_PROG_TYPE_SYSCALL/",
      "BPF_PROG_TYPE_NETFILTER, PROGRAM_TYPE, v6.4, linux/program-type/BPF_PROG_TYPE_NETFILTER/",
      "BPF_PROG_TYPE_SCHED_CLS, PROGRAM_TYPE, v4.1, linux/program-type/BPF_PROG_TYPE_SCHED_CLS/",
      "BPF_MAP_TYPE_RINGBUF, MAP_TYPE, v5.8, linux/map-type/BPF_MAP_TYPE_RINGBUF/",
      "BPF_MAP_TYPE_HASH, MAP_TYPE, v3.19, linux/map-type/BPF_MAP_TYPE_HASH/",
      "BPF_MAP_TYPE_ARENA, MAP_TYPE, v6.9, linux/map-type/BPF_MAP_TYPE_ARENA/",
      "BPF_MAP_TYPE_INSN_ARRAY, MAP_TYPE, v6.19, linux/map-type/BPF_MAP_TYPE_INSN_ARRAY/",
      "BPF_PROG_LOAD, SYSCALL_COMMAND, v3.18, linux/syscall/BPF_PROG_LOAD/",
      "BPF_MAP_CREATE, SYSCALL_COMMAND, v3.18, linux/syscall/BPF_MAP_CREATE/",
      "BPF_BTF_LOAD, SYSCALL_COMMAND, v4.18, linux/syscall/BPF_BTF_LOAD/",
      "bpf_btf_get_fd_by_id, LIBBPF_USERSPACE, , ebpf-library/libbpf/userspace/bpf_btf_get_fd_by_id/",
      "BPF_CORE_READ, LIBBPF_EBPF, , ebpf-library/libbpf/ebpf/BPF_CORE_READ/",
      "BPF_CGROUP_INET_INGRESS, FEATURE, v4.10, ",
      "BPF_F_SLEEPABLE, FEATURE, v5.10, ",
  })
  void namesOfEveryKind(String name, String kinds, String version, String page) {
    NameAnswer answer = query.name(name);
    assertEquals(kinds, String.join(" ", answer.matches().stream().map(m -> m.kind().name()).toList()), name);
    Match first = answer.matches().get(0);
    if (version != null) {
      assertEquals(version, first.release().map(Release::version).orElse(null), name);
    }
    assertEquals(Optional.ofNullable(page), first.page(), name);
    assertEquals(List.of(), answer.closest());
    assertTrue(answer.notes().contains(Query.BACKPORTS) || first.release().isEmpty(), name);
  }

  @Test
  void perTypeSinceOfAHelper() {
    Compatibility.Helper helper = query.name("bpf_get_current_cgroup_id").matches().get(0).helper().orElseThrow();
    assertEquals(Optional.of("v6.4"), since(helper.programTypes(), "BPF_PROG_TYPE_CGROUP_SKB"));
    assertEquals(Optional.empty(), since(helper.programTypes(), "BPF_PROG_TYPE_KPROBE"));
    Compatibility.Helper cookie = query.name("bpf_get_attach_cookie").matches().get(0).helper().orElseThrow();
    assertEquals(Optional.of("v5.19"), since(cookie.programTypes(), "BPF_PROG_TYPE_LSM"));
    NameAnswer loop = query.name("bpf_loop");
    assertTrue(loop.notes().stream().anyMatch(n -> n.startsWith("For 30 of the 30 types listed the data has no per-type date")
        && n.contains("v5.17") && n.contains("not a promise")), loop.notes().toString());
  }

  @Test
  void kfuncFlagsSayWhatTheyMeanForTheCaller() {
    NameAnswer answer = query.name("bpf_task_acquire");
    Compatibility.Kfunc kfunc = answer.matches().get(0).kfunc().orElseThrow();
    assertEquals(List.of("KF_ACQUIRE", "KF_RCU", "KF_RET_NULL"), kfunc.flags());
    assertEquals(Optional.of("v6.12"), since(kfunc.programTypes(), "BPF_PROG_TYPE_TRACEPOINT"));
    assertEquals(3, answer.flags().size());
    assertTrue(answer.flags().get(0).meaning().orElseThrow().startsWith("This kfunc returns a pointer to a refcounted object."));
    assertTrue(answer.flags().get(0).meaning().orElseThrow().contains("bpf_kptr_xchg"));
    assertTrue(answer.flags().get(1).meaning().orElseThrow().contains("RCU read-side section"),
        "the data has no note for KF_RCU: the built-in sentence");
    List<Query.FlagMeaning> iterator = query.name("bpf_iter_num_next").flags();
    assertEquals(List.of("KF_ITER_NEXT", "KF_RET_NULL"), iterator.stream().map(Query.FlagMeaning::flag).toList());
    assertTrue(iterator.stream().allMatch(f -> f.meaning().isPresent()));
    assertTrue(query.name("crash_kexec").flags().get(0).meaning().orElseThrow().contains("destructive"));
    NameAnswer removed = query.name("cgroup_rstat_flush");
    assertTrue(removed.matches().get(0).kfunc().orElseThrow().removed());
    assertTrue(removed.notes().stream().anyMatch(n -> n.contains("gone from the kernel")), removed.notes().toString());
    assertTrue(answer.notes().get(0).startsWith("For 5 of the 7 types listed"), answer.notes().get(0));
  }

  @Test
  void aNameOfAHelperAndALibbpfFunctionGetsBothPages() {
    NameAnswer answer = query.name("bpf_map_lookup_elem");
    assertEquals(Optional.of("ebpf-library/libbpf/userspace/bpf_map_lookup_elem/"), answer.matches().get(1).page());
    Compatibility.Helper helper = answer.matches().get(0).helper().orElseThrow();
    assertEquals(12, helper.mapTypes().size());
    List<String> lines = QueryReport.lines(answer);
    assertEquals("bpf_map_lookup_elem is a helper function and a libbpf userspace function.", lines.get(0));
  }

  @Test
  void unknownNamesGetTheClosest() {
    NameAnswer answer = query.name("bpf_lop");
    assertEquals(List.of(), answer.matches());
    assertEquals("bpf_loop", answer.closest().get(0));
    assertEquals("BPF_PROG_TYPE_XDP", query.name("bpf_prog_type_xdp").closest().get(0), "case is ignored");
    assertTrue(QueryReport.lines(answer).get(1).startsWith("Closest: bpf_loop"));
  }

  @Test
  void closeNamesIncludeThoseContainingTheWord() {
    List<String> ringbuf = query.name("ringbuf").closest();
    assertTrue(ringbuf.containsAll(List.of("BPF_MAP_TYPE_RINGBUF", "bpf_ringbuf_output")), ringbuf::toString);
    List<String> xdp = query.name("xdp").closest();
    assertTrue(xdp.contains("BPF_PROG_TYPE_XDP"), xdp::toString);
    assertFalse(xdp.contains("SEC"), "names containing the word come before names merely as short: " + xdp);
  }

  @Test
  void theKernelFormTakesAnyCaseWithOrWithoutThePrefixAndOnlyKnownReleases() throws Exception {
    assertEquals("BPF_PROG_TYPE_XDP", query.kernel(new KernelVersion(5, 10), "xdp").programType().name());
    assertEquals("BPF_PROG_TYPE_XDP", query.kernel(new KernelVersion(5, 10), "Bpf_Prog_Type_Xdp").programType().name());
    for (KernelVersion unknown : List.of(new KernelVersion(9, 99), new KernelVersion(5, 100), new KernelVersion(2, 6))) {
      DocsException e = assertThrows(DocsException.class, () -> query.kernel(unknown, "BPF_PROG_TYPE_XDP"));
      assertTrue(e.getMessage().startsWith("kernel " + unknown + " is not a release the data knows; it knows v"),
          e.getMessage());
      assertTrue(e.getMessage().contains("v5.0-v5.19"), e.getMessage());
    }
  }

  @Test
  void whatAnXdpProgramCanCallOn510() throws DocsException {
    KernelAnswer answer = query.kernel(new KernelVersion(5, 10), "BPF_PROG_TYPE_XDP");
    List<String> available = answer.available().helpers().stream().map(HelperUse::name).toList();
    assertTrue(available.contains("bpf_xdp_adjust_tail"));
    assertTrue(available.contains("bpf_redirect_map"));
    assertFalse(available.contains("bpf_loop"), "v5.17");
    assertEquals(List.of(), answer.available().kfuncs(), "kfuncs came with v5.13 and XDP's with v6.x");
    List<HelperUse> later = answer.later().helpers();
    assertTrue(later.stream().anyMatch(h -> h.name().equals("bpf_loop")));
    for (int i = 1; i < later.size(); i++) {
      assertTrue(Query.arrival(later.get(i - 1).version(), later.get(i - 1).since(), Optional.empty()).orElseThrow()
          .compareTo(Query.arrival(later.get(i).version(), later.get(i).since(), Optional.empty()).orElseThrow()) <= 0,
          "earliest first");
    }
    assertTrue(answer.later().kfuncs().stream().map(KfuncUse::name).anyMatch("bpf_xdp_metadata_rx_hash"::equals));
    assertEquals(answer.programType().helpers().size(), answer.available().helpers().size() + later.size()
        + answer.undated().helpers().size());
    assertTrue(answer.notes().contains(Query.BACKPORTS));
    assertTrue(answer.notes().get(0).startsWith("For 43 of the 43 available helpers and 0 of the 0 available kfuncs the data has no date for BPF_PROG_TYPE_XDP"), answer.notes().get(0));
  }

  @Test
  void aPerTypeSinceDecidesOnTheKernelForm() throws DocsException {
    KernelAnswer on63 = query.kernel(new KernelVersion(6, 3), "BPF_PROG_TYPE_CGROUP_SKB");
    KernelAnswer on64 = query.kernel(new KernelVersion(6, 4), "BPF_PROG_TYPE_CGROUP_SKB");
    assertFalse(on63.available().helpers().stream().anyMatch(h -> h.name().equals("bpf_get_current_cgroup_id")),
        "the helper is v4.18, but CGROUP_SKB has it since v6.4");
    assertTrue(on63.later().helpers().stream().anyMatch(h -> h.name().equals("bpf_get_current_cgroup_id")));
    assertTrue(on64.available().helpers().stream().anyMatch(h -> h.name().equals("bpf_get_current_cgroup_id")));
    KernelAnswer tracepoint = query.kernel(new KernelVersion(6, 11), "BPF_PROG_TYPE_TRACEPOINT");
    KernelAnswer tracepoint612 = query.kernel(new KernelVersion(6, 12), "BPF_PROG_TYPE_TRACEPOINT");
    assertTrue(tracepoint612.notes().get(0).matches("For \\d+ of the \\d+ available helpers and \\d+ of the \\d+ available"
        + " kfuncs the data has no date for BPF_PROG_TYPE_TRACEPOINT: .*"), tracepoint612.notes().get(0));
    assertTrue(tracepoint612.available().kfuncs().stream().anyMatch(k -> k.since().isPresent()), "dated per type");
    assertFalse(tracepoint.available().kfuncs().stream().anyMatch(k -> k.name().equals("bpf_task_acquire")));
    assertTrue(query.kernel(new KernelVersion(6, 12), "BPF_PROG_TYPE_TRACEPOINT").available().kfuncs().stream()
        .anyMatch(k -> k.name().equals("bpf_task_acquire")));
  }

  @Test
  void aProgramTypeOlderThanItsKernelIsSaidToBeAbsent() throws DocsException {
    KernelAnswer answer = query.kernel(new KernelVersion(5, 10), "BPF_PROG_TYPE_NETFILTER");
    assertTrue(answer.notes().get(0).startsWith("BPF_PROG_TYPE_NETFILTER itself arrived in v6.4, after v5.10"));
    DocsException unknown = assertThrows(DocsException.class,
        () -> query.kernel(new KernelVersion(5, 10), "BPF_PROG_TYPE_XPD"));
    assertTrue(unknown.getMessage().contains("closest: BPF_PROG_TYPE_XDP"), unknown.getMessage());
  }

  @Test
  void answersAsJsonUseTheApiShapes() throws DocsException {
    String helper = ApiJson.text(QueryReport.json(query.name("bpf_xdp_adjust_tail")));
    assertTrue(helper.startsWith("{\"name\":\"bpf_xdp_adjust_tail\",\"matches\":[{\"kind\":\"helper\","
        + "\"name\":\"bpf_xdp_adjust_tail\",\"version\":\"v4.18\",\"commit\":\"b32cc5b9a346319c171e3ad905e0cddda032b5eb\","
        + "\"page\":\"linux/helper-function/bpf_xdp_adjust_tail/\",\"program_types\":[{\"name\":\"BPF_PROG_TYPE_XDP\","
        + "\"since\":null,\"sinceCommit\":null}],\"map_types\":[]}],\"closest\":[]"), helper);
    String kernel = ApiJson.text(QueryReport.json(query.kernel(new KernelVersion(5, 10), "BPF_PROG_TYPE_XDP")));
    assertTrue(kernel.startsWith("{\"kernel\":\"v5.10\",\"programType\":\"BPF_PROG_TYPE_XDP\",\"available\":{\"helpers\":[{"),
        kernel);
  }

  private static Optional<String> since(List<TypeUse> types, String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().since().map(Release::version);
  }
}
