package io.ebpfdocs.btf;

/** The kinds of BTF type, numbered as in the kernel's {@code BTF_KIND_*} constants. */
public enum BtfKind {
  VOID,
  INT,
  PTR,
  ARRAY,
  STRUCT,
  UNION,
  ENUM,
  FWD,
  TYPEDEF,
  VOLATILE,
  CONST,
  RESTRICT,
  FUNC,
  FUNC_PROTO,
  VAR,
  DATASEC,
  FLOAT,
  DECL_TAG,
  TYPE_TAG,
  ENUM64;

  private static final BtfKind[] BY_NUMBER = values();

  /** The kind with this number; {@code null} when the number is not a known kind. */
  static BtfKind ofNumber(int number) {
    return number > 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
  }

  /** The number of the kind in the type's info word. */
  public int number() {
    return ordinal();
  }
}
