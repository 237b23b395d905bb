package io.ebpfdocs.kfuncs;

/**
 * A name (a program type, or a kfunc in a program type's list) with the releases it became and
 * stopped being available in; {@code since} and {@code until} are null when unknown or open.
 */
public record Versioned(String name, Release since, Release until) {
  public static Versioned of(String name) {
    return new Versioned(name, null, null);
  }

  /** The same availability under another name. */
  public Versioned renamed(String newName) {
    return new Versioned(newName, since, until);
  }
}
