package io.ebpfdocs.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds a named section in an ELF file (32 or 64 bit, either byte order), e.g. a vmlinux's .BTF. */
final class ElfSections {
  private static final int SHT_NOBITS = 8;
  private static final int SHN_XINDEX = 0xffff;

  /** A section's bytes and where they start in the file. */
  record Section(ByteBuffer data, long fileOffset) {}

  private final ByteBuffer file;
  private final boolean wide;

  private ElfSections(ByteBuffer file, boolean wide) {
    this.file = file;
    this.wide = wide;
  }

  static boolean isElf(ByteBuffer file) {
    return file.limit() >= 4
        && file.get(0) == 0x7f
        && file.get(1) == 'E'
        && file.get(2) == 'L'
        && file.get(3) == 'F';
  }

  /** The section named {@code name}; empty when the file has none. */
  static Optional<Section> find(ByteBuffer elf, String name) throws BtfFormatException {
    ByteBuffer file = elf.slice();
    if (file.limit() < 0x34) {
      throw new BtfFormatException(0, "ELF file too short for its header (" + file.limit() + " bytes)");
    }
    int elfClass = file.get(4);
    int encoding = file.get(5);
    if (elfClass != 1 && elfClass != 2) {
      throw new BtfFormatException(4, "unknown ELF class " + elfClass);
    }
    if (encoding != 1 && encoding != 2) {
      throw new BtfFormatException(5, "unknown ELF data encoding " + encoding);
    }
    file.order(encoding == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    return new ElfSections(file, elfClass == 2).find(name);
  }

  private Optional<Section> find(String name) throws BtfFormatException {
    if (wide && file.limit() < 0x40) {
      throw new BtfFormatException(0, "ELF file too short for its 64-bit header (" + file.limit() + " bytes)");
    }
    long headersAt = wide ? file.getLong(0x28) : Integer.toUnsignedLong(file.getInt(0x20));
    int headerSize = Short.toUnsignedInt(file.getShort(wide ? 0x3a : 0x2e));
    long count = Short.toUnsignedInt(file.getShort(wide ? 0x3c : 0x30));
    int namesIndex = Short.toUnsignedInt(file.getShort(wide ? 0x3e : 0x32));
    if (headerSize < (wide ? 64 : 40)) {
      throw new BtfFormatException(wide ? 0x3a : 0x2e, "section header size " + headerSize + " is too small");
    }
    if (headersAt <= 0 || headersAt + headerSize > file.limit()) {
      throw new BtfFormatException(wide ? 0x28 : 0x20, "section header table at " + headersAt + " is outside the file");
    }
    // Files with many sections keep the real count and name-table index in section 0.
    if (count == 0) {
      count = size(headersAt);
    }
    if (namesIndex == SHN_XINDEX) {
      namesIndex = file.getInt((int) headersAt + (wide ? 40 : 24));
    }
    if (headersAt + count * headerSize > file.limit()) {
      throw new BtfFormatException(headersAt,
          count + " section headers of " + headerSize + " bytes run past the end of the file");
    }
    if (namesIndex < 0 || namesIndex >= count) {
      throw new BtfFormatException(wide ? 0x3e : 0x32,
          "section name table index " + namesIndex + " is not below the section count " + count);
    }
    Section names = content(headersAt + (long) namesIndex * headerSize);
    for (long i = 0; i < count; i++) {
      long header = headersAt + i * headerSize;
      if (name.equals(nameAt(names, file.getInt((int) header), header))) {
        if (file.getInt((int) header + 4) == SHT_NOBITS) {
          throw new BtfFormatException(header, "section " + name + " has no data in the file");
        }
        return Optional.of(content(header));
      }
    }
    return Optional.empty();
  }

  private long size(long header) {
    return wide ? file.getLong((int) header + 32) : Integer.toUnsignedLong(file.getInt((int) header + 20));
  }

  private Section content(long header) throws BtfFormatException {
    long offset = wide ? file.getLong((int) header + 24) : Integer.toUnsignedLong(file.getInt((int) header + 16));
    long size = size(header);
    if (offset < 0 || size < 0 || offset + size > file.limit()) {
      throw new BtfFormatException(header, "section data [" + offset + ", " + (offset + size) + ") is outside the file");
    }
    return new Section(file.slice((int) offset, (int) size), offset);
  }

  private static String nameAt(Section names, int offset, long header) throws BtfFormatException {
    ByteBuffer table = names.data();
    if (offset < 0 || offset >= table.limit()) {
      throw new BtfFormatException(header,
          "section name offset " + Integer.toUnsignedString(offset) + " is outside the name table");
    }
    int end = offset;
    while (end < table.limit() && table.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - offset];
    table.get(offset, bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
