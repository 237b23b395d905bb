package io.ebpfdocs.kfuncs;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFormatException;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a BTF function as the one-line C signature the kfunc pages show. The spacing rules are
 * those of the published pages, not of a C formatter: a pointer type reads {@code struct foo *},
 * and a callback parameter's own parameters are "type, space, name" even when the name is empty.
 */
public final class CSignature {
  /** Deeper type chains than this only occur in corrupt BTF (a PTR or typedef cycle). */
  private static final int MAX_DEPTH = 64;

  private static final String ARENA_TAG = "address_space(1)";

  private final Btf btf;

  private CSignature(Btf btf) {
    this.btf = btf;
  }

  /** The signature of FUNC {@code funcId}, e.g. {@code struct cgroup *bpf_cgroup_acquire(struct cgroup *cgrp)}. */
  public static String of(Btf btf, int funcId) throws BtfFormatException {
    return new CSignature(btf).function(funcId);
  }

  /** The C text of type {@code typeId} as the pages print it, e.g. {@code const char *}. */
  public static String typeText(Btf btf, int typeId) throws BtfFormatException {
    return new CSignature(btf).type(typeId, 0);
  }

  private String function(int funcId) throws BtfFormatException {
    BtfType type = btf.type(funcId);
    if (!(type instanceof BtfType.Func)) {
      throw notA(btf, funcId, "FUNC", type);
    }
    BtfType.Func func = (BtfType.Func) type;
    BtfType.FuncProto proto = proto(func.proto());
    List<String> params = new ArrayList<>();
    for (BtfType.Param param : proto.params()) {
      params.add(parameter(param));
    }
    return declaration(proto.returnType(), func.name()) + "(" + String.join(", ", params) + ")";
  }

  private String parameter(BtfType.Param param) throws BtfFormatException {
    BtfType type = btf.type(param.type());
    if (type instanceof BtfType.Ptr && btf.kind(((BtfType.Ptr) type).target()) == BtfKind.FUNC_PROTO) {
      BtfType.FuncProto callback = proto(((BtfType.Ptr) type).target());
      List<String> params = new ArrayList<>();
      for (BtfType.Param inner : callback.params()) {
        params.add(type(inner.type(), 0) + " " + inner.name());
      }
      return type(callback.returnType(), 0) + " (" + param.name() + ")(" + String.join(", ", params) + ")";
    }
    return declaration(param.type(), param.name());
  }

  /** "type name", or "type *name" when the type is a pointer. */
  private String declaration(int typeId, String name) throws BtfFormatException {
    String text = type(typeId, 0);
    return btf.kind(typeId) == BtfKind.PTR ? text + name : text + " " + name;
  }

  private String type(int typeId, int depth) throws BtfFormatException {
    if (depth > MAX_DEPTH) {
      throw new BtfFormatException(btf.fileOffset(typeId),
          "type #" + typeId + " is part of a type chain deeper than " + MAX_DEPTH + " (a cycle?)");
    }
    BtfType type = btf.type(typeId);
    switch (type.kind()) {
      case VOID:
        return "void";
      case INT: case TYPEDEF: case ENUM: case ENUM64: case FUNC: case FLOAT:
        return type.name();
      case STRUCT: case FWD:
        return (isUnion(type) ? "union " : "struct ") + type.name();
      case UNION:
        return "union " + type.name();
      case PTR:
        return type(((BtfType.Ptr) type).target(), depth + 1) + " *";
      case ARRAY:
        BtfType.Array array = (BtfType.Array) type;
        return type(array.element(), depth + 1) + "[" + array.length() + "]";
      case CONST: case VOLATILE: case RESTRICT:
        String qualifier = type.kind().name().toLowerCase(Locale.ROOT);
        return qualifier + " " + type(((BtfType.Qualifier) type).target(), depth + 1);
      case TYPE_TAG:
        BtfType.TypeTag tag = (BtfType.TypeTag) type;
        String prefix = ARENA_TAG.equals(tag.name()) ? "__arena " : "/* unknown type tag: " + tag.name() + " */ ";
        return prefix + type(tag.target(), depth + 1);
      default:
        // FUNC_PROTO (outside a callback parameter), VAR, DATASEC and DECL_TAG have no C type text.
        return "/* no C type for BTF kind " + type.kind() + " */";
    }
  }

  private static boolean isUnion(BtfType type) {
    return type instanceof BtfType.Fwd && ((BtfType.Fwd) type).union();
  }

  private BtfType.FuncProto proto(int id) throws BtfFormatException {
    BtfType type = btf.type(id);
    if (!(type instanceof BtfType.FuncProto)) {
      throw notA(btf, id, "FUNC_PROTO", type);
    }
    return (BtfType.FuncProto) type;
  }

  private static BtfFormatException notA(Btf btf, int id, String expected, BtfType actual) {
    return new BtfFormatException(btf.fileOffset(id),
        "type #" + id + " should be a " + expected + " but is a " + actual.kind());
  }
}
