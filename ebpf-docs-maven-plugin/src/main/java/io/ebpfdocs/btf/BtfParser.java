package io.ebpfdocs.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Checks a BTF blob from end to end and indexes its types, so that {@link Btf} can decode any type
 * later without further checks. Every problem names its byte offset from the start of the file.
 */
final class BtfParser {
  static final int MAGIC = 0xEB9F;
  private static final int HEADER_SIZE = 24;

  private final ByteBuffer data;
  private final Btf base;
  private final long fileOffset;
  private int firstId;
  private int maxStringOffset;
  private int maxReference;
  private int maxReferenceAt;

  /** {@code fileOffset}: where {@code data} starts in its file, so messages name file offsets. */
  BtfParser(ByteBuffer data, Btf base, long fileOffset) {
    this.data = data.slice().order(ByteOrder.LITTLE_ENDIAN);
    this.base = base;
    this.fileOffset = fileOffset;
  }

  Btf parse() throws BtfFormatException {
    int length = data.limit();
    if (length < 8) {
      throw error(0, "file too short for a BTF header (" + length + " bytes)");
    }
    detectByteOrder();
    if (Byte.toUnsignedInt(data.get(2)) != 1) {
      throw error(2, "unsupported BTF version " + Byte.toUnsignedInt(data.get(2)) + " (expected 1)");
    }
    long headerLength = unsigned(4);
    if (headerLength < HEADER_SIZE || headerLength > length) {
      throw error(4, "header length " + headerLength + " is not between " + HEADER_SIZE + " and the file size " + length);
    }
    long typesStart = headerLength + unsigned(8);
    long typesEnd = typesStart + unsigned(12);
    long stringsStart = headerLength + unsigned(16);
    long stringsEnd = stringsStart + unsigned(20);
    if (typesEnd > length) {
      throw error(8, "type section [" + typesStart + ", " + typesEnd + ") runs past the end of the data ("
          + length + " bytes)");
    }
    if (stringsEnd > length) {
      throw error(16, "string section [" + stringsStart + ", " + stringsEnd + ") runs past the end of the data ("
          + length + " bytes)");
    }
    if (typesStart % 4 != 0) {
      throw error(8, "type section offset " + typesStart + " is not a multiple of 4");
    }
    checkStrings((int) stringsStart, (int) stringsEnd);
    firstId = base == null ? 1 : base.typeCount();
    maxStringOffset = (base == null ? 0 : base.stringsLength()) + (int) (stringsEnd - stringsStart);
    int[] offsets = indexTypes((int) typesStart, (int) typesEnd);
    int typeCount = firstId + offsets.length;
    if (maxReference >= typeCount) {
      throw error(maxReferenceAt, "refers to type id " + maxReference + " but the last type id is " + (typeCount - 1));
    }
    return new Btf(base, data, fileOffset, offsets, (int) stringsStart, (int) (stringsEnd - stringsStart));
  }

  private void detectByteOrder() throws BtfFormatException {
    int magic = Short.toUnsignedInt(data.getShort(0));
    if (magic == MAGIC) {
      return;
    }
    if (Short.reverseBytes((short) magic) == (short) MAGIC) {
      data.order(ByteOrder.BIG_ENDIAN);
      return;
    }
    throw error(0, String.format("bad magic 0x%04x (expected 0x%04x)", magic, MAGIC));
  }

  private void checkStrings(int start, int end) throws BtfFormatException {
    if (start == end) {
      if (base == null) {
        throw error(start, "empty string section (it must at least hold the empty string)");
      }
      return;
    }
    if (base == null && data.get(start) != 0) {
      throw error(start, "string section does not start with the empty string");
    }
    if (data.get(end - 1) != 0) {
      throw error(end - 1, "string section does not end with a NUL byte");
    }
  }

  private int[] indexTypes(int at, int end) throws BtfFormatException {
    int[] offsets = new int[(end - at) / Btf.TYPE_HEADER_SIZE];
    int count = 0;
    while (at < end) {
      if (end - at < Btf.TYPE_HEADER_SIZE) {
        throw error(at, "type #" + (firstId + count) + " is truncated: " + (end - at)
            + " bytes left in the type section, its header needs 12");
      }
      offsets[count] = at;
      at = checkType(at, firstId + count, end);
      count++;
    }
    return Arrays.copyOf(offsets, count);
  }

  /** Checks the type at {@code at} and returns where the next one starts. */
  private int checkType(int at, int id, int end) throws BtfFormatException {
    checkName(at);
    int info = data.getInt(at + 4);
    int kindNumber = (info >>> 24) & 0x1f;
    BtfKind kind = BtfKind.ofNumber(kindNumber);
    if (kind == null) {
      throw error(at + 4, "type #" + id + " has unknown kind " + kindNumber);
    }
    int vlen = info & 0xffff;
    int extra = at + Btf.TYPE_HEADER_SIZE;
    int next = extra + extraLength(kind, vlen);
    if (next > end || next < 0) {
      throw error(at, "type #" + id + " (" + kind + ") is truncated: it needs " + (next - at)
          + " bytes, the type section ends at " + relative(end));
    }
    switch (kind) {
      case PTR: case TYPEDEF: case VOLATILE: case CONST: case RESTRICT: case FUNC: case VAR:
      case DECL_TAG: case TYPE_TAG: case FUNC_PROTO:
        checkReference(at + 8);
        break;
      default:
        break;
    }
    switch (kind) {
      case ARRAY:
        checkReference(extra);
        checkReference(extra + 4);
        break;
      case STRUCT: case UNION:
        for (int i = 0; i < vlen; i++) {
          checkName(extra + i * 12);
          checkReference(extra + i * 12 + 4);
        }
        break;
      case ENUM:
        for (int i = 0; i < vlen; i++) {
          checkName(extra + i * 8);
        }
        break;
      case ENUM64:
        for (int i = 0; i < vlen; i++) {
          checkName(extra + i * 12);
        }
        break;
      case FUNC_PROTO:
        for (int i = 0; i < vlen; i++) {
          checkName(extra + i * 8);
          checkReference(extra + i * 8 + 4);
        }
        break;
      case DATASEC:
        for (int i = 0; i < vlen; i++) {
          checkReference(extra + i * 12);
        }
        break;
      default:
        break;
    }
    return next;
  }

  private static int extraLength(BtfKind kind, int vlen) {
    switch (kind) {
      case INT: case VAR: case DECL_TAG:
        return 4;
      case ARRAY:
        return 12;
      case STRUCT: case UNION: case DATASEC: case ENUM64:
        return 12 * vlen;
      case ENUM: case FUNC_PROTO:
        return 8 * vlen;
      default:
        return 0;
    }
  }

  private void checkName(int at) throws BtfFormatException {
    long offset = unsigned(at);
    if (offset >= maxStringOffset) {
      throw error(at, "string offset " + offset + " is outside the string section (" + maxStringOffset + " bytes)");
    }
  }

  private void checkReference(int at) throws BtfFormatException {
    int id = data.getInt(at);
    if (id < 0) {
      throw error(at, "refers to type id " + Integer.toUnsignedString(id));
    }
    // Types may refer forward, so the upper bound is checked once all types are counted.
    if (id > maxReference) {
      maxReference = id;
      maxReferenceAt = at;
    }
  }

  private long unsigned(int at) {
    return Integer.toUnsignedLong(data.getInt(at));
  }

  private String relative(int at) {
    return "byte offset " + (fileOffset + at);
  }

  private BtfFormatException error(long at, String problem) {
    return new BtfFormatException(fileOffset + at, problem);
  }
}
