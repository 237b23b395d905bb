package io.ebpfdocs.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kernel release a BTF file names: the linux_banner of an ELF vmlinux's .rodata, never guessed. */
class KernelReleaseTest {
  private static final byte[] BANNER =
      "\0\0Linux version 6.18.44-fc (builder@host) (gcc 14) #1 SMP\n\0".getBytes(StandardCharsets.US_ASCII);

  @Test
  void anElfVmlinuxNamesItsReleaseInRodata() {
    byte[] elf = ElfWriter.withSection(".rodata", BANNER, true, ByteOrder.LITTLE_ENDIAN);
    assertEquals(Optional.of("6.18.44-fc"), KernelRelease.of(ByteBuffer.wrap(elf)));
  }

  @Test
  void elsewhereInAnElfFileTheBannerDoesNotCount() {
    byte[] elf = ElfWriter.withSection(".comment", BANNER, false, ByteOrder.BIG_ENDIAN);
    assertEquals(Optional.empty(), KernelRelease.of(ByteBuffer.wrap(elf)));
  }

  @Test
  void rawBtfNamesNoRelease() {
    assertEquals(Optional.empty(), KernelRelease.of(ByteBuffer.wrap(new BtfWriter().build())));
  }

  @Test
  void aBannerWithoutAReleaseIsNoRelease() {
    assertEquals(Optional.empty(), KernelRelease.of(ByteBuffer.wrap("Linux version \n".getBytes(StandardCharsets.US_ASCII))));
  }
}
