package io.ebpfdocs.kfuncs;

import java.util.List;
import java.util.Map;

/**
 * The {@code kfuncs} part of data/generators.yaml: what changes with kernel releases and the wording
 * of the generated notes. {@link KfuncSettingsReader} fills a key absent from the file from the
 * built-in defaults.
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
    List<Versioned> commonProgramTypes,
    Map<String, String> flagNotes,
    String noKfuncs,
    List<String> sleepableProgramTypes) {

  public KfuncSettings {
    ignore = List.copyOf(ignore);
    removed = List.copyOf(removed);
    commonProgramTypes = List.copyOf(commonProgramTypes);
    flagNotes = Map.copyOf(flagNotes);
    sleepableProgramTypes = List.copyOf(sleepableProgramTypes);
  }
}
