package io.ebpfdocs.kfuncs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * data/kfuncs.yaml: the kernel's kfunc id sets, each with its functions (and their KF_* flags) and
 * the program types it is registered for. Sets keep the order of the file.
 */
public record KfuncData(Map<String, KfuncSet> sets) {
  public KfuncData {
    sets = sets == null ? Map.of() : sets;
  }

  /** One id set; {@code attach_type} is documentation only and not read. */
  @JsonIgnoreProperties({"attach_type"})
  public record KfuncSet(
      List<Entry> funcs, @JsonProperty("program_types") List<Versioned> programTypes) {
    public KfuncSet {
      funcs = funcs == null ? List.of() : List.copyOf(funcs);
      programTypes = programTypes == null ? List.of() : List.copyOf(programTypes);
    }
  }

  /** A kfunc in a set, with its flags and the program types the verifier refuses it for. */
  public record Entry(String name, List<String> flags, Except except) {
    public Entry {
      flags = flags == null ? List.of() : List.copyOf(flags);
      except = except == null ? new Except(List.of()) : except;
    }
  }

  public record Except(@JsonProperty("program_types") List<Versioned> programTypes) {
    public Except {
      programTypes = programTypes == null ? List.of() : List.copyOf(programTypes);
    }
  }
}
