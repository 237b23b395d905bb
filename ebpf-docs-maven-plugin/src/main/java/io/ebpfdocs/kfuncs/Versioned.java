package io.ebpfdocs.kfuncs;

import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.data.Since;
import java.util.Optional;

/**
 * A name (a program type, or a kfunc in a program type's list) with the releases it became and
 * stopped being available in.
 */
public record Versioned(String name, Optional<Since> since, Optional<Since> until) {
  public static Versioned of(String name) {
    return new Versioned(name, Optional.empty(), Optional.empty());
  }

  static Versioned of(KfuncSets.ProgramType programType) {
    return new Versioned(programType.name(), programType.since(), programType.until());
  }

  /** The same availability under another name. */
  public Versioned renamed(String newName) {
    return new Versioned(newName, since, until);
  }
}
