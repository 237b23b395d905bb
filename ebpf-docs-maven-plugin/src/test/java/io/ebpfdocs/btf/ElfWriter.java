package io.ebpfdocs.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Test-only: wraps bytes as the one named section of a minimal ELF file (32 or 64 bit). */
final class ElfWriter {
  private ElfWriter() {}

  static byte[] withSection(String name, byte[] content, boolean wide, ByteOrder order) {
    byte[] names = ("\0.shstrtab\0" + name + "\0").getBytes(StandardCharsets.ISO_8859_1);
    int headerSize = wide ? 64 : 52;
    int sectionHeaderSize = wide ? 64 : 40;
    int namesAt = headerSize;
    int contentAt = namesAt + names.length;
    int sectionsAt = (contentAt + content.length + 7) & ~7;
    ByteBuffer out = ByteBuffer.allocate(sectionsAt + 3 * sectionHeaderSize).order(order);
    out.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (wide ? 2 : 1), (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
    out.position(16);
    out.putShort((short) 1).putShort((short) 0xf7).putInt(1); // relocatable, EM_BPF
    if (wide) {
      out.putLong(0).putLong(0).putLong(sectionsAt);
    } else {
      out.putInt(0).putInt(0).putInt(sectionsAt);
    }
    out.putInt(0).putShort((short) headerSize).putShort((short) 0).putShort((short) 0);
    out.putShort((short) sectionHeaderSize).putShort((short) 3).putShort((short) 1);
    out.position(namesAt);
    out.put(names).put(content);
    sectionHeader(out, sectionsAt + sectionHeaderSize, wide, 1, 3, namesAt, names.length);
    sectionHeader(out, sectionsAt + 2 * sectionHeaderSize, wide, 11, 1, contentAt, content.length);
    return out.array();
  }

  private static void sectionHeader(ByteBuffer out, int at, boolean wide, int name, int type, int offset, int size) {
    out.position(at);
    out.putInt(name).putInt(type);
    if (wide) {
      out.putLong(0).putLong(0).putLong(offset).putLong(size);
    } else {
      out.putInt(0).putInt(0).putInt(offset).putInt(size);
    }
  }
}
