package io.ebpfdocs.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Damaged BTF is refused with the byte offset of the damage, never with a runtime exception. */
class BtfCorruptionTest {

  /** int (#1), pointer to it (#2), a struct with one member (#3). Types start at byte 24. */
  private static byte[] blob() {
    BtfWriter w = new BtfWriter();
    int u32 = w.intType("u32", 4, 0);
    w.ptr(u32);
    w.composite(BtfKind.STRUCT, "s", 4, "m", u32);
    return w.build();
  }

  private static BtfFormatException refused(Consumer<ByteBuffer> damage) {
    byte[] bytes = blob();
    damage.accept(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    return assertThrows(BtfFormatException.class, () -> Btf.parse(ByteBuffer.wrap(bytes)));
  }

  private static void assertRefused(long offset, String words, Consumer<ByteBuffer> damage) {
    BtfFormatException e = refused(damage);
    assertEquals(offset, e.offset(), e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset " + offset), e.getMessage());
  }

  @Test
  void badMagic() {
    assertRefused(0, "bad magic", b -> b.putShort(0, (short) 0x1234));
  }

  @Test
  void unknownVersion() {
    assertRefused(2, "version 2", b -> b.put(2, (byte) 2));
  }

  @Test
  void headerLengthTooSmall() {
    assertRefused(4, "header length 8", b -> b.putInt(4, 8));
  }

  @Test
  void typeSectionPastTheEnd() {
    assertRefused(8, "type section", b -> b.putInt(12, 4096));
  }

  @Test
  void stringSectionPastTheEnd() {
    assertRefused(16, "string section", b -> b.putInt(20, 4096));
  }

  @Test
  void stringSectionWithoutFinalNul() {
    byte[] bytes = blob();
    bytes[bytes.length - 1] = 'x';
    BtfFormatException e = assertThrows(BtfFormatException.class, () -> Btf.parse(ByteBuffer.wrap(bytes)));
    assertEquals(bytes.length - 1, e.offset());
  }

  @Test
  void unknownKind() {
    assertRefused(24 + 16 + 4, "unknown kind 31", b -> b.putInt(24 + 16 + 4, 31 << 24));
  }

  @Test
  void nameOutsideTheStringSection() {
    assertRefused(24 + 16, "string offset 99999", b -> b.putInt(24 + 16, 99999));
  }

  @Test
  void referenceToAMissingType() {
    assertRefused(24 + 16 + 8, "type id 7", b -> b.putInt(24 + 16 + 8, 7));
  }

  @Test
  void memberCountRunningPastTheTypeSection() {
    assertRefused(24 + 28, "truncated", b -> b.putInt(24 + 28 + 4, (4 << 24) | 100));
  }

  @Test
  void truncatedTypeHeader() {
    assertRefused(24 + 28 + 24, "needs 12", b -> b.putInt(12, 28 + 24 + 4));
  }

  @Test
  void everyTruncationIsRefused() {
    byte[] bytes = blob();
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThrows(BtfFormatException.class, () -> Btf.parse(ByteBuffer.wrap(prefix)), "length " + length);
    }
  }

  @Test
  void truncatedElfFilesAreRefused() {
    byte[] elf = ElfWriter.withSection(".BTF", blob(), true, ByteOrder.LITTLE_ENDIAN);
    for (int length = 4; length < elf.length; length++) {
      byte[] prefix = Arrays.copyOf(elf, length);
      assertThrows(BtfFormatException.class, () -> BtfFiles.parse(ByteBuffer.wrap(prefix), null), "length " + length);
    }
  }
}
