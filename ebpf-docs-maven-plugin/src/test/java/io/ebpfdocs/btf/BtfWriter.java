package io.ebpfdocs.btf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Test-only: builds BTF blobs in memory, type by type, in either byte order, base or split. */
public final class BtfWriter {
  private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
  private final Map<String, Integer> stringOffsets = new HashMap<>();
  private final java.util.List<Integer> words = new java.util.ArrayList<>();
  private final int firstStringOffset;
  private int nextId;

  /** A writer for base BTF: ids start at 1, the string section at the empty string. */
  public BtfWriter() {
    this.firstStringOffset = 0;
    this.nextId = 1;
    string("");
  }

  /** A writer for split BTF on top of {@code base}. */
  public BtfWriter(Btf base) {
    this.firstStringOffset = base.stringsLength();
    this.nextId = base.typeCount();
  }

  /** The offset of {@code text} in the string section, adding it when new. */
  public int string(String text) {
    return stringOffsets.computeIfAbsent(text, t -> {
      int offset = firstStringOffset + strings.size();
      byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
      strings.write(bytes, 0, bytes.length);
      strings.write(0);
      return offset;
    });
  }

  /** Adds a type from its raw fields and returns its id. */
  public int type(BtfKind kind, String name, int vlen, boolean kindFlag, int sizeOrType, int... extra) {
    words.add(string(name));
    words.add((kindFlag ? 1 << 31 : 0) | (kind.number() << 24) | vlen);
    words.add(sizeOrType);
    for (int word : extra) {
      words.add(word);
    }
    return nextId++;
  }

  public int intType(String name, int size, int encoding) {
    return type(BtfKind.INT, name, 0, false, size, (encoding << 24) | (size * 8));
  }

  public int ptr(int target) {
    return type(BtfKind.PTR, "", 0, false, target);
  }

  public int array(int element, int index, int length) {
    return type(BtfKind.ARRAY, "", 0, false, 0, element, index, length);
  }

  /** A struct or union; {@code members} is name, type, name, type, … (ids as Integer). */
  public int composite(BtfKind kind, String name, int size, Object... members) {
    int[] extra = new int[members.length / 2 * 3];
    for (int i = 0; i < members.length / 2; i++) {
      extra[i * 3] = string((String) members[i * 2]);
      extra[i * 3 + 1] = (Integer) members[i * 2 + 1];
      extra[i * 3 + 2] = i * 32;
    }
    return type(kind, name, members.length / 2, false, size, extra);
  }

  /** An ENUM with 32-bit values: name, value, name, value, … */
  public int enumeration(String name, boolean signed, Object... values) {
    int[] extra = new int[values.length];
    for (int i = 0; i < values.length / 2; i++) {
      extra[i * 2] = string((String) values[i * 2]);
      extra[i * 2 + 1] = (Integer) values[i * 2 + 1];
    }
    return type(BtfKind.ENUM, name, values.length / 2, signed, 4, extra);
  }

  public int enum64(String name, String valueName, long value) {
    return type(BtfKind.ENUM64, name, 1, false, 8, string(valueName), (int) value, (int) (value >>> 32));
  }

  public int typedef(String name, int target) {
    return type(BtfKind.TYPEDEF, name, 0, false, target);
  }

  public int qualifier(BtfKind kind, int target) {
    return type(kind, "", 0, false, target);
  }

  public int func(String name, int proto) {
    return type(BtfKind.FUNC, name, 1, false, proto);
  }

  /** A FUNC_PROTO; {@code params} is name, type, name, type, … */
  public int funcProto(int returnType, Object... params) {
    int[] extra = new int[params.length];
    for (int i = 0; i < params.length / 2; i++) {
      extra[i * 2] = string((String) params[i * 2]);
      extra[i * 2 + 1] = (Integer) params[i * 2 + 1];
    }
    return type(BtfKind.FUNC_PROTO, "", params.length / 2, false, returnType, extra);
  }

  public int declTag(String value, int target, int componentIndex) {
    return type(BtfKind.DECL_TAG, value, 0, false, target, componentIndex);
  }

  public int typeTag(String value, int target) {
    return type(BtfKind.TYPE_TAG, value, 0, false, target);
  }

  /** A function {@code name} with this prototype, tagged {@code bpf_kfunc}; returns the FUNC id. */
  public int kfunc(String name, int proto) {
    int func = func(name, proto);
    declTag("bpf_kfunc", func, -1);
    return func;
  }

  /** The blob: header, type section, string section. */
  public byte[] build(ByteOrder order) {
    byte[] stringBytes = strings.toByteArray();
    int typesLength = words.size() * 4;
    ByteBuffer out = ByteBuffer.allocate(24 + typesLength + stringBytes.length).order(order);
    out.putShort((short) BtfParser.MAGIC).put((byte) 1).put((byte) 0);
    out.putInt(24).putInt(0).putInt(typesLength).putInt(typesLength).putInt(stringBytes.length);
    words.forEach(out::putInt);
    out.put(stringBytes);
    return out.array();
  }

  public byte[] build() {
    return build(ByteOrder.LITTLE_ENDIAN);
  }

  /** Parses what was written, as base BTF. */
  public Btf parse() throws BtfFormatException {
    return Btf.parse(ByteBuffer.wrap(build()));
  }
}
