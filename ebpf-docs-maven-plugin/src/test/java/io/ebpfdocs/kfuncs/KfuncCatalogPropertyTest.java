package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.data.KfuncSets.Func;
import io.ebpfdocs.data.KfuncSets.KfuncSet;
import io.ebpfdocs.data.KfuncSets.ProgramType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** On random data, the two directions of the catalog agree and every list is sorted and unique. */
class KfuncCatalogPropertyTest {
  private static final List<String> TYPES = List.of("BPF_PROG_TYPE_KPROBE", "BPF_PROG_TYPE_LSM", "BPF_PROG_TYPE_TRACING",
      "BPF_PROG_TYPE_UNSPEC", "BPF_PROG_TYPE_XDP");
  private static final List<String> KFUNCS = List.of("bpf_a", "bpf_b", "bpf_c", "bpf_d", "bpf_e", "bpf_f");

  @Test
  void bothDirectionsAgree() {
    Random random = new Random(4);
    for (int round = 0; round < 500; round++) {
      KfuncSets data = randomData(random);
      Set<String> removed = Set.of(KFUNCS.get(random.nextInt(KFUNCS.size())));
      KfuncSettings settings = new KfuncSettings(List.of(), List.copyOf(removed),
          List.of(Versioned.of("BPF_PROG_TYPE_XDP"), Versioned.of("BPF_PROG_TYPE_SCHED_CLS")), Map.of(), "", List.of());
      KfuncCatalog catalog = KfuncCatalog.of(data, settings);

      Set<String> forward = new TreeSet<>();
      for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
        List<String> names = kfunc.programTypes().stream().map(Versioned::name).toList();
        assertEquals(new ArrayList<>(new TreeSet<>(names)), names, "sorted, without duplicates: " + kfunc);
        assertTrue(!names.contains("BPF_PROG_TYPE_UNSPEC"), "UNSPEC is expanded: " + kfunc);
        if (!removed.contains(kfunc.name())) {
          names.forEach(type -> forward.add(type + " " + kfunc.name()));
        }
      }
      Set<String> backward = new TreeSet<>();
      for (String type : List.of("BPF_PROG_TYPE_KPROBE", "BPF_PROG_TYPE_LSM", "BPF_PROG_TYPE_TRACING", "BPF_PROG_TYPE_XDP",
          "BPF_PROG_TYPE_SCHED_CLS", "BPF_PROG_TYPE_UNSPEC")) {
        List<String> names = catalog.kfuncsOf(type).stream().map(Versioned::name).toList();
        assertEquals(new ArrayList<>(new TreeSet<>(names)), names, "sorted, without duplicates: " + type);
        names.forEach(kfunc -> backward.add(type + " " + kfunc));
      }
      assertEquals(forward, backward);
    }
  }

  private static KfuncSets randomData(Random random) {
    List<KfuncSet> sets = new ArrayList<>();
    for (int s = random.nextInt(4); s >= 0; s--) {
      List<Func> funcs = new ArrayList<>();
      for (int f = random.nextInt(4); f >= 0; f--) {
        List<String> except = random.nextInt(3) == 0 ? List.of(pick(random, TYPES)) : List.of();
        funcs.add(new Func(pick(random, KFUNCS), List.of(), except, 1));
      }
      List<ProgramType> types = new ArrayList<>();
      for (int t = random.nextInt(3); t >= 0; t--) {
        types.add(new ProgramType(pick(random, TYPES), Optional.empty(), Optional.empty(), 1));
      }
      sets.add(new KfuncSet("set" + s, funcs, types, 1));
    }
    return new KfuncSets(sets);
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
