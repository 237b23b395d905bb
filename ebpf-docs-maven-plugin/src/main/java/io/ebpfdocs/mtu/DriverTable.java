package io.ebpfdocs.mtu;

import static io.ebpfdocs.mtu.Cell.limit;
import static io.ebpfdocs.mtu.Cell.note;

import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.mtu.SolarflareDrivers.Model;
import java.util.List;

/**
 * The rows of the table, in the page's order: each driver with the release that gave it XDP (and XDP
 * fragments, where it has them) and how its limit is found.
 */
final class DriverTable {
  /** One driver's row. */
  record Row(String vendor, String driver, Cell cell) {}

  static final List<Row> ROWS = List.of(
      new Row("Kernel", "Veth", limit(v(4, 19), v(5, 5), VirtualDrivers::veth)),
      new Row("Kernel", "VirtIO", limit(v(4, 10), v(6, 3), VirtualDrivers::virtioNet)),
      new Row("Kernel", "Tun", limit(v(4, 14), Limits::ethernetPayload)),
      new Row("Kernel", "Bond", note(v(5, 15), Footnote.SLAVE_DEVICES.ref())),
      new Row("Xen", "Netfront", limit(v(5, 9), VirtualDrivers::xenNetfront)),
      new Row("Amazon", "ENA", limit(v(5, 6), HardwareDrivers::ena)),
      new Row("Aquantia/Marvell", "AQtion", limit(v(5, 19), v(5, 19), HardwareDrivers::aquantia)),
      new Row("Broadcom", "BNXT", limit(v(4, 11), v(5, 19), HardwareDrivers::bnxt)),
      new Row("Cavium", "Thunder (nicvf)", limit(v(4, 12), HardwareDrivers::thunderNicvf)),
      new Row("Engelder", "TSN Endpoint", limit(v(6, 3), Limits::unlimited)),
      new Row("Freescale", "FEC", limit(v(6, 2), Limits::unlimited)),
      new Row("Freescale", "DPAA", limit(v(5, 11), HardwareDrivers::dpaa)),
      // The limit depends on the tx_data_offset the NIC's firmware reports.
      new Row("Freescale", "DPAA2", note(v(5, 0), "?" + Footnote.LIMIT_FROM_FIRMWARE.ref())),
      new Row("Freescale", "ENETC", limit(v(5, 13), Limits::unlimited)),
      new Row("Fungible", "Funeth", limit(v(5, 18), HardwareDrivers::funeth)),
      new Row("Google", "GVE", limit(v(6, 4), HardwareDrivers::gve)),
      new Row("Intel", "I40e", limit(v(4, 13), v(6, 4), IntelDrivers::i40e)),
      new Row("Intel", "ICE", limit(v(5, 5), v(6, 3), IntelDrivers::ice)),
      new Row("Intel", "IGB", limit(v(5, 10), IntelDrivers::igb)),
      new Row("Intel", "IGC", limit(v(5, 13), Limits::ethernetPayload)),
      new Row("Intel", "IXGBE", limit(v(4, 12), IntelDrivers::ixgbe)),
      new Row("Intel", "IXGBEVF", limit(v(4, 17), IntelDrivers::ixgbevf)),
      new Row("Intel", "IDPF", limit(v(6, 18), Limits::unlimited)),
      new Row("Marvell", "NETA", limit(v(5, 5), v(5, 18), HardwareDrivers::mvneta)),
      new Row("Marvell", "PPv2", limit(v(5, 9), v(5, 18), HardwareDrivers::mvpp2)),
      new Row("Marvell", "Octeon TX2", limit(v(5, 16), HardwareDrivers::octeonTx2)),
      new Row("MediaTek", "MTK", limit(v(6, 0), HardwareDrivers::mediatek)),
      new Row("Mellanox", "MLX4", limit(v(4, 8), HardwareDrivers::mlx4)),
      new Row("Mellanox", "MLX5", limit(v(4, 9), v(5, 18), HardwareDrivers::mlx5)),
      new Row("Microchip", "LAN966x", limit(v(6, 2), Limits::unlimited)),
      new Row("Microsoft", "Mana", limit(v(5, 17), HardwareDrivers::mana)),
      new Row("Microsoft", "Hyper-V", limit(v(5, 6), VirtualDrivers::netvsc)),
      new Row("Netronome", "NFP", limit(v(4, 10), HardwareDrivers::nfp)),
      new Row("Pensando", "Ionic", limit(v(6, 9), HardwareDrivers::ionic)),
      new Row("Qlogic", "QEDE", limit(v(4, 10), Limits::unlimited)),
      sfc("SFP (SFC9xxx PF/VF)", Model.HUNT),
      sfc("SFP (Riverhead)", Model.EF100),
      sfc("SFP (SFC4000A)", Model.FALCON_A1),
      sfc("SFP (SFC4000B)", Model.FALCON_B0),
      sfc("SFP (SFC9020/SFL9021)", Model.SIENA_A0),
      new Row("Socionext", "NetSec", limit(v(5, 3), Limits::ethernetPayload)),
      new Row("STMicro", "ST MAC", limit(v(5, 13), Limits::ethernetPayload)),
      new Row("TI", "CPSW", limit(v(5, 3), Limits::unlimited)),
      new Row("TI", "ICSSG", limit(v(6, 15), Limits::unlimited)),
      new Row("VMWare", "VMXNET 3", limit(v(6, 6), VirtualDrivers::vmxnet3)),
      // As the original shows it: the MTU range its header-data split threshold allows, whatever the
      // kernel release (XDP arrived in 6.18).
      new Row("Meta", "FBNIC", DriverTable::fbnic));

  private DriverTable() {}

  private static Row sfc(String driver, Model model) {
    return new Row("Solarflare", driver, limit(v(4, 10), p -> SolarflareDrivers.sfc(p, model)));
  }

  private static String fbnic(Platform p) {
    if (p.frags()) {
      return Cell.UNLIMITED;
    }
    return "128 ≤ " + HardwareDrivers.fbnicDefault(p) + "(default) ≤ " + HardwareDrivers.fbnicMax(p)
        + Footnote.HDS_THRESHOLD.ref();
  }

  private static KernelVersion v(int major, int minor) {
    return new KernelVersion(major, minor);
  }
}
