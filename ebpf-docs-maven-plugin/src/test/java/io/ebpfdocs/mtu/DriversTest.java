package io.ebpfdocs.mtu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.mtu.SolarflareDrivers.Model;
import io.ebpfdocs.report.DocsException;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each driver family against values worked out by hand from the model. The architectures are chosen
 * for their differences: x86 (64-byte lines, NET_IP_ALIGN 0), arm (32, 2), armv7 (128, 2), s390
 * (256, 2) and arc (L1 64 but SMP 128). The shared info (320 bytes) aligns to 320 on x86 and arm,
 * 384 on armv7, 512 on s390.
 */
class DriversTest {
  private static final int NO_LIMIT = Limits.NO_LIMIT;

  static Platform plain(String architecture) throws DocsException {
    return Platform.of(MtuTableTest.named(architecture), false);
  }

  static Platform frags(String architecture) throws DocsException {
    return Platform.of(MtuTableTest.named(architecture), true);
  }

  @Nested
  class KernelMacrosAndPlatform {
    @Test
    void alignRoundsUpToAPowerOfTwo() {
      assertEquals(320, Kernel.align(320, 64));
      assertEquals(384, Kernel.align(320, 128));
      assertEquals(512, Kernel.align(320, 256));
      assertEquals(48, Kernel.align(34, 16));
      assertEquals(0, Kernel.align(0, 16));
    }

    @Test
    void skbMacrosUseTheSmpCacheLine() throws DocsException {
      assertEquals(384, Kernel.sharedInfoTailroom(plain("arc")), "arc: SMP_CACHE_BYTES 128, not its L1 64");
      assertEquals(2048 - 512, Kernel.skbWithOverhead(plain("s390"), 2048));
      assertEquals(576, Kernel.skbDataAlign(plain("x86"), 256 + 320));
    }

    @Test
    void platformValues() throws DocsException {
      assertEquals(64, plain("x86").netSkbPad());
      assertEquals(32, plain("openrisc").netSkbPad(), "NET_SKB_PAD is at least 32 bytes");
      assertEquals(0, plain("arm64").netIpAlign());
      assertEquals(2, plain("riscv").netIpAlign());
      assertEquals(17, plain("x86").maxSkbFrags(), "CONFIG_MAX_SKB_FRAGS since 6.6");
      Platform v61 = plain("x86").withKernel(new KernelVersion(6, 1));
      assertEquals(17, v61.maxSkbFrags(), "65536 / 4096 + 1");
      assertEquals(16, v61.withPageSize(65536).maxSkbFrags(), "at least 16");
    }
  }

  @Nested
  class Virtual {
    @Test
    void veth() throws DocsException {
      assertEquals(4096 - 256 - 320, VirtualDrivers.veth(plain("x86")));
      assertEquals(4096 - 258 - 384, VirtualDrivers.veth(plain("arc")));
      assertEquals(3520 + 17 * 4096, VirtualDrivers.veth(frags("x86")));
      Platform bigPages = frags("x86").withKernel(new KernelVersion(6, 1)).withPageSize(65536);
      assertEquals(65536 - 256 - 320 + 16 * 65536, VirtualDrivers.veth(bigPages));
    }

    @Test
    void virtioNet() throws DocsException {
      assertEquals(4096 - 576 - 14, VirtualDrivers.virtioNet(plain("x86")));
      assertEquals(4096 - 640 - 14, VirtualDrivers.virtioNet(plain("armv7")), "576 aligned to 128");
      assertEquals(NO_LIMIT, VirtualDrivers.virtioNet(frags("x86")));
    }

    @Test
    void xenNetfrontAlwaysUsesA4KibPage() throws DocsException {
      assertEquals(3840, VirtualDrivers.xenNetfront(plain("x86").withPageSize(65536)));
    }

    @Test
    void netvscAndVmxnet3() throws DocsException {
      assertEquals(4096 - (14 + 256 + 320), VirtualDrivers.netvsc(plain("x86")));
      assertEquals(4096 - (14 + 256 + 512), VirtualDrivers.netvsc(plain("s390")));
      assertEquals(4096 - 256 - 320 - 26, VirtualDrivers.vmxnet3(plain("x86")));
      assertEquals(4096 - 258 - 320 - 26, VirtualDrivers.vmxnet3(plain("arm")));
    }
  }

  @Nested
  class Intel {
    @Test
    void i40e() throws DocsException {
      assertEquals(3072 - 26, IntelDrivers.i40e(plain("x86")));
      assertEquals(9728 - 26, IntelDrivers.i40e(frags("x86")), "5 x 3072 capped at 9728");
      Platform legacy = plain("x86").withSwitches(Set.of(DriverSwitch.I40E_LEGACY_RX));
      assertEquals(2048 - 320 - 26, IntelDrivers.i40e(legacy));
      assertEquals(5 * 1728 - 26, IntelDrivers.i40e(frags("x86").withSwitches(Set.of(DriverSwitch.I40E_LEGACY_RX))));
      assertEquals(2048 - 26, IntelDrivers.i40e(plain("x86").withPageSize(8192)));
    }

    @Test
    void ice() throws DocsException {
      assertEquals(3046, IntelDrivers.ice(frags("arm")));
      assertEquals(1664 - 26, IntelDrivers.ice(plain("x86").withSwitches(Set.of(DriverSwitch.ICE_LEGACY_RX))));
    }

    @Test
    void igb() throws DocsException {
      assertEquals(3046, IntelDrivers.igb(plain("x86")));
      assertEquals(1536 - 2 - 26, IntelDrivers.igb(plain("arm").withSwitches(Set.of(DriverSwitch.IGB_BUILD_SKB))));
      assertEquals(2048 - 26, IntelDrivers.igb(plain("x86").withSwitches(Set.of())));
      assertEquals(2048 - 26, IntelDrivers.igb(plain("x86").withPageSize(8192)));
    }

    @Test
    void ixgbeAndIxgbevf() throws DocsException {
      assertEquals(3072 - 22, IntelDrivers.ixgbe(plain("x86").withPageSize(8192)), "3K buffers whatever the page");
      assertEquals(2048 - 22, IntelDrivers.ixgbe(plain("x86").withSwitches(Set.of())));
      assertEquals(1536 - 2 - 22, IntelDrivers.ixgbe(plain("arm").withSwitches(Set.of(DriverSwitch.IXGBE_BUILD_SKB))));
      assertEquals(3050, IntelDrivers.ixgbevf(plain("armv7")));
      Set<DriverSwitch> buildSkb = Set.of(DriverSwitch.IXGBEVF_BUILD_SKB);
      assertEquals(2048 - 320 - (64 + 0) - 22, IntelDrivers.ixgbevf(plain("x86").withSwitches(buildSkb)));
      assertEquals(2048 - 384 - (128 + 2) - 22, IntelDrivers.ixgbevf(plain("armv7").withSwitches(buildSkb)));
      assertEquals(2048 - 22, IntelDrivers.ixgbevf(plain("x86").withPageSize(8192)));
    }
  }

  @Nested
  class Solarflare {
    @Test
    void overheadPerModel() throws DocsException {
      // empty frame ALIGN(14 + 4 + 4 + 16, 8) = 40, page state = a cache line, headroom 128
      assertEquals(4096 - (40 + 64 + 14 + 0 + 0 + 320 + 128), SolarflareDrivers.sfc(plain("x86"), Model.HUNT));
      assertEquals(4096 - (40 + 32 + 14 + 0 + 16 + 320 + 128), SolarflareDrivers.sfc(plain("arm"), Model.HUNT));
      assertEquals(4096 - (40 + 64 + 0 + 0x24 + 0 + 320 + 128), SolarflareDrivers.sfc(plain("x86"), Model.FALCON_A1));
      assertEquals(4096 - (40 + 128 + 22 + 0 + 24 + 384 + 128), SolarflareDrivers.sfc(plain("armv7"), Model.EF100));
      assertEquals(4096 - (40 + 256 + 16 + 0 + 18 + 512 + 128), SolarflareDrivers.sfc(plain("s390"), Model.SIENA_A0));
    }
  }

  @Nested
  class Hardware {
    @Test
    void onePageDrivers() throws DocsException {
      Platform x86 = plain("x86");
      assertEquals(4096 - 14 - 4 - 4 - 256 - 320, HardwareDrivers.ena(x86));
      assertEquals(16384 - 598, HardwareDrivers.ena(x86.withPageSize(65536)), "ENA pages are at most 16 KiB");
      assertEquals(4096 - 18 - 2 - 256 - 320, HardwareDrivers.bnxt(plain("arm")));
      assertEquals(4096 - 192 - 18 - 320, HardwareDrivers.funeth(x86));
      assertEquals(4096 - 256 - 320, HardwareDrivers.mediatek(x86));
      assertEquals(4096 - 14 - 8 - 256 - 384, HardwareDrivers.mlx4(plain("armv7")));
      assertEquals(4096 - 256 - 320 - 22, HardwareDrivers.mlx5(x86));
      assertEquals(4096 - 334 - 256, HardwareDrivers.mana(x86));
      assertEquals(65536, HardwareDrivers.nfp(x86.withPageSize(65536)));
      assertEquals(4096 - (18 + 256 + 512), HardwareDrivers.ionic(plain("s390")));
    }

    @Test
    void marvellHeadrooms() throws DocsException {
      assertEquals(4096 - (320 + 256), HardwareDrivers.mvneta(plain("x86")));
      assertEquals(4096 - (512 + 256), HardwareDrivers.mvneta(plain("s390")), "NET_SKB_PAD 256");
      assertEquals(4096 - 320 - 224, HardwareDrivers.mvpp2(plain("x86")), "headroom capped at 224");
      assertEquals(1530 - 22, HardwareDrivers.octeonTx2(plain("x86")));
    }

    @Test
    void dpaaWithAndWithoutTheErratum() throws DocsException {
      assertEquals(4096 - 320 - 48 - 22, HardwareDrivers.dpaa(plain("x86")));
      assertEquals(4096 - 384 - 48 - 22, HardwareDrivers.dpaa(plain("armv7")));
      Platform erratum = plain("x86").withSwitches(Set.of(DriverSwitch.DPAA_ERRATUM_A050385));
      assertEquals(3584 - 256 - 22, HardwareDrivers.dpaa(erratum), "3776 rounded down to 256, XDP headroom");
    }

    @Test
    void fixedBuffersAndNoLimitWithFragments() throws DocsException {
      assertEquals(2048, HardwareDrivers.aquantia(plain("x86")));
      assertEquals(NO_LIMIT, HardwareDrivers.aquantia(frags("x86")));
      assertEquals(NO_LIMIT, HardwareDrivers.bnxt(frags("x86")));
      assertEquals(NO_LIMIT, HardwareDrivers.mvneta(frags("x86")));
      assertEquals(NO_LIMIT, HardwareDrivers.mlx5(frags("x86")));
      assertEquals(1530 - 14 - 8, HardwareDrivers.thunderNicvf(plain("x86")));
      assertEquals(2048 - 14 - 2, HardwareDrivers.gve(plain("x86")));
    }

    @Test
    void fbnicThresholds() throws DocsException {
      assertEquals(1536 - 14, HardwareDrivers.fbnicDefault(plain("x86")));
      assertEquals(4096 - 192 - 320 - 14, HardwareDrivers.fbnicMax(plain("x86")), "headroom ALIGN(448, 128) - 320");
      assertEquals(4096 - 128 - 512 - 14, HardwareDrivers.fbnicMax(plain("s390")), "headroom ALIGN(640, 128) - 512");
    }
  }

  @Nested
  class Cells {
    @Test
    void driversNewerThanTheKernelOrWithoutFragmentsShowTheIcon() throws DocsException {
      Cell idpf = Cell.limit(new KernelVersion(6, 18), Limits::unlimited);
      assertEquals(Cell.UNSUPPORTED, idpf.text(plain("x86")));
      assertEquals("∞[^2]", idpf.text(plain("x86").withKernel(new KernelVersion(6, 18))));
      assertEquals(Cell.UNSUPPORTED, idpf.text(frags("x86").withKernel(new KernelVersion(6, 18))));
      Cell veth = Cell.limit(new KernelVersion(4, 19), new KernelVersion(5, 5), VirtualDrivers::veth);
      assertEquals("73152", veth.text(frags("x86")));
      assertEquals(Cell.UNSUPPORTED, veth.text(frags("x86").withKernel(new KernelVersion(5, 4))));
      assertEquals("3520", veth.text(plain("x86").withKernel(new KernelVersion(5, 4))));
    }

    @Test
    void notesAndFbnic() throws DocsException {
      DriverTable.Row bond = DriverTable.ROWS.get(3);
      assertEquals("Bond", bond.driver());
      assertEquals("[^4]", bond.cell().text(frags("x86")));
      assertEquals(Cell.UNSUPPORTED, bond.cell().text(plain("x86").withKernel(new KernelVersion(5, 10))));
      DriverTable.Row fbnic = DriverTable.ROWS.get(DriverTable.ROWS.size() - 1);
      assertEquals("128 ≤ 1522(default) ≤ 3570[^5]", fbnic.cell().text(plain("armv7")));
      assertEquals("∞[^2]", fbnic.cell().text(frags("armv7")));
    }
  }
}
