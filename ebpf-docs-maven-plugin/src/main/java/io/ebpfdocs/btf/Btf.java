package io.ebpfdocs.btf;

import io.ebpfdocs.btf.BtfType.Enumerator;
import io.ebpfdocs.btf.BtfType.Member;
import io.ebpfdocs.btf.BtfType.Param;
import io.ebpfdocs.btf.BtfType.SectionVar;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Parsed BTF: a base (e.g. vmlinux) or a split BTF on top of a base (e.g. a kernel module), whose
 * type ids and string offsets continue those of the base.
 *
 * <p>Parsing validates the whole blob once and indexes where each type starts; types and strings
 * are decoded only when asked for, which keeps parsing a kernel's 5 MB of BTF fast. Once parsed,
 * decoding cannot fail: every offset and type id was checked.
 */
public final class Btf {
  static final int TYPE_HEADER_SIZE = 12;

  private final Btf base;
  private final ByteBuffer data;
  private final long fileOffset;
  private final int firstId;
  private final int[] typeOffsets;
  private final int stringsStart;
  private final int firstStringOffset;
  private final int stringsEnd;
  private Map<String, Integer> funcIds;

  Btf(Btf base, ByteBuffer data, long fileOffset, int[] typeOffsets, int stringsStart, int stringsLength) {
    this.base = base;
    this.data = data;
    this.fileOffset = fileOffset;
    this.firstId = base == null ? 1 : base.typeCount();
    this.typeOffsets = typeOffsets;
    this.stringsStart = stringsStart;
    this.firstStringOffset = base == null ? 0 : base.stringsLength();
    this.stringsEnd = stringsStart + stringsLength;
  }

  /** Parses raw BTF (starting with the 0xEB9F magic, in either byte order). */
  public static Btf parse(ByteBuffer data) throws BtfFormatException {
    return new BtfParser(data, null, 0).parse();
  }

  /** Parses split BTF whose ids and strings continue those of {@code base}. */
  public static Btf parseSplit(ByteBuffer data, Btf base) throws BtfFormatException {
    return new BtfParser(data, base, 0).parse();
  }

  /** The base this BTF is split from, or null. */
  public Btf base() {
    return base;
  }

  /** The number of type ids, void (id 0) and the base's types included. */
  public int typeCount() {
    return firstId + typeOffsets.length;
  }

  /** The first type id defined by this BTF rather than by its base. */
  public int firstOwnId() {
    return firstId;
  }

  int stringsLength() {
    return firstStringOffset + (stringsEnd - stringsStart);
  }

  /** The kind of type {@code id}, without decoding it. */
  public BtfKind kind(int id) {
    checkId(id);
    if (id == 0) {
      return BtfKind.VOID;
    }
    if (id < firstId) {
      return base.kind(id);
    }
    return BtfKind.ofNumber((info(typeOffsets[id - firstId]) >>> 24) & 0x1f);
  }

  /** Decodes type {@code id}. */
  public BtfType type(int id) {
    checkId(id);
    if (id == 0) {
      return new BtfType.Void();
    }
    if (id < firstId) {
      return base.type(id);
    }
    return decode(typeOffsets[id - firstId]);
  }

  /**
   * Where type {@code id} starts in the file it was read from (the base's file for base types), for
   * messages about a type that is well-formed but does not make sense; 0 for void.
   */
  public long fileOffset(int id) {
    checkId(id);
    if (id == 0) {
      return 0;
    }
    return id < firstId ? base.fileOffset(id) : fileOffset + typeOffsets[id - firstId];
  }

  /** The string at {@code offset} of the (base and own) string sections. */
  public String string(int offset) {
    if (offset < firstStringOffset) {
      return base.string(offset);
    }
    int start = stringsStart + offset - firstStringOffset;
    if (offset < 0 || start >= stringsEnd) {
      throw new IllegalArgumentException("no string at offset " + offset);
    }
    int end = start;
    while (data.get(end) != 0) { // the parser checked the section ends with a NUL
      end++;
    }
    byte[] bytes = new byte[end - start];
    data.get(start, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The id of the first FUNC named {@code name}, in this BTF or its base. */
  public OptionalInt funcId(String name) {
    Integer id = funcIndex().get(name);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  private synchronized Map<String, Integer> funcIndex() {
    if (funcIds == null) {
      Map<String, Integer> index = base == null ? new HashMap<>() : new HashMap<>(base.funcIndex());
      for (int i = 0; i < typeOffsets.length; i++) {
        int offset = typeOffsets[i];
        if (((info(offset) >>> 24) & 0x1f) == BtfKind.FUNC.number()) {
          index.putIfAbsent(string(data.getInt(offset)), firstId + i);
        }
      }
      funcIds = Collections.unmodifiableMap(index);
    }
    return funcIds;
  }

  private void checkId(int id) {
    if (id < 0 || id >= typeCount()) {
      throw new IllegalArgumentException("no type id " + id + " (ids go up to " + (typeCount() - 1) + ")");
    }
  }

  private int info(int offset) {
    return data.getInt(offset + 4);
  }

  private BtfType decode(int offset) {
    String name = string(data.getInt(offset));
    int info = info(offset);
    int vlen = info & 0xffff;
    boolean kindFlag = info < 0;
    int sizeOrType = data.getInt(offset + 8);
    int extra = offset + TYPE_HEADER_SIZE;
    BtfKind kind = BtfKind.ofNumber((info >>> 24) & 0x1f);
    switch (kind) {
      case INT:
        int encoding = data.getInt(extra);
        return new BtfType.IntType(
            name, sizeOrType, (encoding >>> 24) & 0x0f, (encoding >>> 16) & 0xff, encoding & 0xff);
      case PTR:
        return new BtfType.Ptr(sizeOrType);
      case ARRAY:
        return new BtfType.Array(
            data.getInt(extra), data.getInt(extra + 4), Integer.toUnsignedLong(data.getInt(extra + 8)));
      case STRUCT:
      case UNION:
        return new BtfType.Composite(kind, name, sizeOrType, members(extra, vlen, kindFlag));
      case ENUM:
        return new BtfType.Enumeration(kind, name, sizeOrType, kindFlag, enumerators(extra, vlen, kindFlag, false));
      case ENUM64:
        return new BtfType.Enumeration(kind, name, sizeOrType, kindFlag, enumerators(extra, vlen, kindFlag, true));
      case FWD:
        return new BtfType.Fwd(name, kindFlag);
      case TYPEDEF:
        return new BtfType.Typedef(name, sizeOrType);
      case VOLATILE:
      case CONST:
      case RESTRICT:
        return new BtfType.Qualifier(kind, sizeOrType);
      case FUNC:
        return new BtfType.Func(name, sizeOrType, vlen);
      case FUNC_PROTO:
        return new BtfType.FuncProto(sizeOrType, params(extra, vlen));
      case VAR:
        return new BtfType.Var(name, sizeOrType, data.getInt(extra));
      case DATASEC:
        return new BtfType.Datasec(name, sizeOrType, sectionVars(extra, vlen));
      case FLOAT:
        return new BtfType.FloatType(name, sizeOrType);
      case DECL_TAG:
        return new BtfType.DeclTag(name, sizeOrType, data.getInt(extra));
      case TYPE_TAG:
        return new BtfType.TypeTag(name, sizeOrType);
      default:
        throw new IllegalStateException("kind " + kind + " was not rejected by the parser");
    }
  }

  private List<Member> members(int at, int count, boolean bitfieldsInOffset) {
    List<Member> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++, at += 12) {
      int offset = data.getInt(at + 8);
      members.add(
          bitfieldsInOffset
              ? new Member(string(data.getInt(at)), data.getInt(at + 4), offset & 0xffffff, offset >>> 24)
              : new Member(string(data.getInt(at)), data.getInt(at + 4), offset, 0));
    }
    return List.copyOf(members);
  }

  private List<Enumerator> enumerators(int at, int count, boolean signed, boolean wide) {
    List<Enumerator> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++, at += wide ? 12 : 8) {
      long value;
      if (wide) {
        value = Integer.toUnsignedLong(data.getInt(at + 4)) | ((long) data.getInt(at + 8) << 32);
      } else {
        value = signed ? data.getInt(at + 4) : Integer.toUnsignedLong(data.getInt(at + 4));
      }
      values.add(new Enumerator(string(data.getInt(at)), value));
    }
    return List.copyOf(values);
  }

  private List<Param> params(int at, int count) {
    List<Param> params = new ArrayList<>(count);
    for (int i = 0; i < count; i++, at += 8) {
      params.add(new Param(string(data.getInt(at)), data.getInt(at + 4)));
    }
    return List.copyOf(params);
  }

  private List<SectionVar> sectionVars(int at, int count) {
    List<SectionVar> vars = new ArrayList<>(count);
    for (int i = 0; i < count; i++, at += 12) {
      vars.add(new SectionVar(data.getInt(at), data.getInt(at + 4), data.getInt(at + 8)));
    }
    return List.copyOf(vars);
  }
}
