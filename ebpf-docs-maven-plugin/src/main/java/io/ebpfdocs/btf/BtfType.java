package io.ebpfdocs.btf;

import java.util.List;

/**
 * One BTF type, decoded. Types refer to each other by type id; resolve an id with {@link
 * Btf#type(int)}. Anonymous types have an empty name.
 */
public sealed interface BtfType {

  BtfKind kind();

  /** The type's name, or the tag's value for DECL_TAG and TYPE_TAG; empty when anonymous. */
  String name();

  /** Type id 0: the void type. */
  record Void() implements BtfType {
    public BtfKind kind() {
      return BtfKind.VOID;
    }

    public String name() {
      return "";
    }
  }

  /** An integer; {@code encoding} holds the SIGNED (1), CHAR (2) and BOOL (4) bits. */
  record IntType(String name, int size, int encoding, int bitOffset, int bits) implements BtfType {
    public BtfKind kind() {
      return BtfKind.INT;
    }
  }

  record Ptr(int target) implements BtfType {
    public BtfKind kind() {
      return BtfKind.PTR;
    }

    public String name() {
      return "";
    }
  }

  record Array(int element, int index, long length) implements BtfType {
    public BtfKind kind() {
      return BtfKind.ARRAY;
    }

    public String name() {
      return "";
    }
  }

  /** A STRUCT or a UNION. */
  record Composite(BtfKind kind, String name, int size, List<Member> members) implements BtfType {}

  /** A struct or union member; {@code bitfieldSize} is 0 when the member is not a bit field. */
  record Member(String name, int type, int bitOffset, int bitfieldSize) {}

  /** An ENUM (32-bit values) or an ENUM64. */
  record Enumeration(BtfKind kind, String name, int size, boolean signed, List<Enumerator> values)
      implements BtfType {}

  record Enumerator(String name, long value) {}

  /** A forward declaration of a struct, or of a union when {@code union} is set. */
  record Fwd(String name, boolean union) implements BtfType {
    public BtfKind kind() {
      return BtfKind.FWD;
    }
  }

  record Typedef(String name, int target) implements BtfType {
    public BtfKind kind() {
      return BtfKind.TYPEDEF;
    }
  }

  /** A VOLATILE, CONST or RESTRICT qualifier. */
  record Qualifier(BtfKind kind, int target) implements BtfType {
    public String name() {
      return "";
    }
  }

  /** A function; {@code proto} is the id of its FUNC_PROTO. Linkage: 0 static, 1 global, 2 extern. */
  record Func(String name, int proto, int linkage) implements BtfType {
    public BtfKind kind() {
      return BtfKind.FUNC;
    }
  }

  /** A function prototype; a trailing parameter with type 0 and no name stands for "...". */
  record FuncProto(int returnType, List<Param> params) implements BtfType {
    public BtfKind kind() {
      return BtfKind.FUNC_PROTO;
    }

    public String name() {
      return "";
    }
  }

  record Param(String name, int type) {}

  record Var(String name, int type, int linkage) implements BtfType {
    public BtfKind kind() {
      return BtfKind.VAR;
    }
  }

  record Datasec(String name, int size, List<SectionVar> vars) implements BtfType {
    public BtfKind kind() {
      return BtfKind.DATASEC;
    }
  }

  record SectionVar(int type, int offset, int size) {}

  record FloatType(String name, int size) implements BtfType {
    public BtfKind kind() {
      return BtfKind.FLOAT;
    }
  }

  /**
   * A declaration tag with value {@code name} on {@code target}; {@code componentIndex} is -1 for
   * the target itself, else the index of the member or parameter.
   */
  record DeclTag(String name, int target, int componentIndex) implements BtfType {
    public BtfKind kind() {
      return BtfKind.DECL_TAG;
    }
  }

  /** A type tag with value {@code name}, e.g. {@code address_space(1)}, applied to {@code target}. */
  record TypeTag(String name, int target) implements BtfType {
    public BtfKind kind() {
      return BtfKind.TYPE_TAG;
    }
  }
}
