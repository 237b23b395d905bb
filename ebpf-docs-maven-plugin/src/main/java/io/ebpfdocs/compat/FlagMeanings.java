package io.ebpfdocs.compat;

import io.ebpfdocs.compat.Query.FlagMeaning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a KF_* flag means for a program that calls the kfunc. The notes of data/generators.yaml
 * (the ones the pages show) come first; these sentences cover the flags those notes leave out.
 */
final class FlagMeanings {
  private static final Map<String, String> BUILT_IN = Map.of(
      "KF_TRUSTED_ARGS", "Pointer arguments must be trusted: pointers the program got as a reference or as a"
          + " context argument; a pointer loaded from a structure field is in general refused by the verifier.",
      "KF_RCU", "Pointer arguments may also be RCU-protected pointers, which are valid only inside an RCU"
          + " read-side section (bpf_rcu_read_lock/bpf_rcu_read_unlock, or where the program already runs under RCU).",
      "KF_ITER_NEW", "Starts an open-coded iterator kept on the stack; every path must end it with the matching"
          + " destroy kfunc.",
      "KF_ITER_NEXT", "Advances an open-coded iterator and returns NULL at its end: the loop must check the result.",
      "KF_ITER_DESTROY", "Ends an open-coded iterator; the verifier requires it on every path after the new kfunc.",
      "KF_IMPLICIT_ARGS", "The verifier supplies some arguments itself: the program calls the kfunc without them.",
      "KF_ARENA_ARG2", "The second argument is a pointer into a BPF arena (BPF_MAP_TYPE_ARENA).",
      "KF_ARENA_RET", "Returns a pointer into a BPF arena (BPF_MAP_TYPE_ARENA).",
      "KF_FASTCALL", "The call keeps the caller-saved registers it does not use, so the verifier may drop spills"
          + " around it; C code calls it as any other kfunc.");

  private FlagMeanings() {}

  /** The meaning of {@code flag}: the data's note as plain text, else a built-in sentence, else empty. */
  static FlagMeaning of(String flag, Map<String, String> dataNotes) {
    return new FlagMeaning(flag, Optional.ofNullable(dataNotes.get(flag)).map(FlagMeanings::plainText)
        .or(() -> Optional.ofNullable(BUILT_IN.get(flag))));
  }

  /** Every flag a kfunc of the data has or a note of the data explains, sorted, with its meaning. */
  static List<FlagMeaning> all(Compatibility compat) {
    Set<String> flags = new TreeSet<>(compat.flagNotes().keySet());
    compat.kfuncs().forEach(k -> flags.addAll(k.flags()));
    return flags.stream().map(flag -> of(flag, compat.flagNotes())).toList();
  }

  /** A flag note of data/generators.yaml as one plain sentence: no admonition line, no link targets, no tabs. */
  private static String plainText(String markdown) {
    return markdown.replaceAll("(?m)^!!! \\w+.*$", " ")
        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replace("`", "")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
