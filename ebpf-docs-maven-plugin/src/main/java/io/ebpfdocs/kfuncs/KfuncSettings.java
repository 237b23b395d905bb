package io.ebpfdocs.kfuncs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code kfuncs} part of data/generators.yaml: what changes with kernel releases and the wording
 * of the generated notes. A key absent from the file takes its value from {@link #defaults()}.
 *
 * @param ignore kfuncs tagged in BTF that are deliberately undocumented
 * @param removed kfuncs gone from the kernel, kept in the data and docs, left out of the program-type lists
 * @param commonProgramTypes what a set's BPF_PROG_TYPE_UNSPEC stands for
 * @param flagNotes text appended after the signature, per flag, verbatim
 * @param noKfuncs the program-type list's body when no kfunc is registered for the program type
 * @param sleepableProgramTypes program types whose programs may sleep (for the validation)
 */
public record KfuncSettings(
    List<String> ignore,
    List<String> removed,
    @JsonProperty("common_program_types") List<Versioned> commonProgramTypes,
    @JsonProperty("flag_notes") Map<String, String> flagNotes,
    @JsonProperty("no_kfuncs") String noKfuncs,
    @JsonProperty("sleepable_program_types") List<String> sleepableProgramTypes) {

  /** This settings object with every absent key taken from {@code fallback}. */
  KfuncSettings orElse(KfuncSettings fallback) {
    return new KfuncSettings(
        ignore != null ? List.copyOf(ignore) : fallback.ignore,
        removed != null ? List.copyOf(removed) : fallback.removed,
        commonProgramTypes != null ? List.copyOf(commonProgramTypes) : fallback.commonProgramTypes,
        flagNotes != null ? flagNotes : fallback.flagNotes,
        noKfuncs != null ? noKfuncs : fallback.noKfuncs,
        sleepableProgramTypes != null ? List.copyOf(sleepableProgramTypes) : fallback.sleepableProgramTypes);
  }

  /** The values shipped with the plugin (kernel 6.18 lists, our own wording). */
  public static KfuncSettings defaults() {
    return KfuncYaml.DEFAULTS;
  }
}
