package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.data.Since;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KfuncRegionsTest {
  private static final Since SINCE = new Since("6.3", "f5c27da");
  private static final Since UNTIL = new Since("6.11", "4a86220");
  private static final String BADGE_SINCE = " [:octicons-tag-24: v6.3](https://github.com/torvalds/linux/commit/f5c27da)";
  private static final String BADGE_UNTIL = " [:octicons-tag-24: v6.11](https://github.com/torvalds/linux/commit/4a86220)";

  @Test
  void definitionIsTheSignatureThenTheNotesInFlagOrder() {
    Map<String, String> notes = Map.of("KF_ACQUIRE", "\nacquire\n", "KF_RET_NULL", "\nnull\n");
    assertEquals("\n`#!c struct a *f(int x)`\n\nnull\n\nacquire\n",
        KfuncRegions.kfuncDef("struct a *f(int x)", List.of("KF_RET_NULL", "KF_TRUSTED_ARGS", "KF_ACQUIRE"), notes));
    assertEquals("\n`#!c void f()`\n", KfuncRegions.kfuncDef("void f()", List.of(), notes));
  }

  @Test
  void programTypeLinesCarryTheirVersions() {
    List<Versioned> types = List.of(
        Versioned.of("BPF_PROG_TYPE_LSM"),
        new Versioned("BPF_PROG_TYPE_SYSCALL", Optional.of(SINCE), Optional.of(UNTIL)),
        new Versioned("BPF_PROG_TYPE_TRACING", Optional.empty(), Optional.of(UNTIL)),
        new Versioned("BPF_PROG_TYPE_XDP", Optional.of(SINCE), Optional.empty()));
    assertEquals("\n"
        + "- [`BPF_PROG_TYPE_LSM`](../program-type/BPF_PROG_TYPE_LSM.md)\n"
        + "- [`BPF_PROG_TYPE_SYSCALL`](../program-type/BPF_PROG_TYPE_SYSCALL.md)" + BADGE_SINCE + " - " + BADGE_UNTIL + "\n"
        + "- [`BPF_PROG_TYPE_TRACING`](../program-type/BPF_PROG_TYPE_TRACING.md) - " + BADGE_UNTIL + "\n"
        + "- [`BPF_PROG_TYPE_XDP`](../program-type/BPF_PROG_TYPE_XDP.md)" + BADGE_SINCE + " - \n",
        KfuncRegions.kfuncProgRef(types));
    assertEquals("\n", KfuncRegions.kfuncProgRef(List.of()));
  }

  @Test
  void kfuncListIsCollapsedOrSaysThereIsNone() {
    assertEquals("\n??? abstract \"Supported kfuncs\"\n"
        + "    - [`bpf_a`](../kfuncs/bpf_a.md)\n"
        + "    - [`bpf_b`](../kfuncs/bpf_b.md)" + BADGE_SINCE + " - \n",
        KfuncRegions.progKfuncRef(List.of(Versioned.of("bpf_a"), new Versioned("bpf_b", Optional.of(SINCE), Optional.empty())), "none\n"));
    assertEquals("\nnone\n", KfuncRegions.progKfuncRef(List.of(), "none\n"));
  }
}
