package io.ebpfdocs.mtu;

import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.List;

/**
 * The MTU_TABLE region: two content tabs, plain XDP and XDP with fragments, each a table of the
 * drivers' largest MTU by architecture, its columns padded to their widest cell.
 */
final class MtuTable {
  private static final String VENDOR_HEADER = "| Vendor           | Driver                |";
  private static final String VENDOR_RULE = "| ---------------- | --------------------- |";
  private static final int VENDOR_WIDTH = 16;
  private static final int DRIVER_WIDTH = 21;
  /** Each table line is indented into its content tab. */
  private static final String INDENT = "    ";

  private MtuTable() {}

  /**
   * The region's text, from the newline after the start marker to the blank line before the stop
   * marker.
   *
   * @throws DocsException naming the architecture and the value when the model lacks one it needs
   */
  static String render(List<Architecture> architectures) throws DocsException {
    StringBuilder out = new StringBuilder();
    tab(out, "Plain XDP", platforms(architectures, false));
    tab(out, "XDP with Fragments", platforms(architectures, true));
    return out.toString();
  }

  private static List<Platform> platforms(List<Architecture> architectures, boolean frags) throws DocsException {
    List<Platform> platforms = new ArrayList<>();
    for (Architecture architecture : architectures) {
      platforms.add(Platform.of(architecture, frags));
    }
    return platforms;
  }

  private static void tab(StringBuilder out, String title, List<Platform> columns) {
    List<List<String>> cells = DriverTable.ROWS.stream()
        .map(row -> columns.stream().map(row.cell()::text).toList())
        .toList();
    // A column is as wide as its widest cell; a longer architecture name overflows the header.
    int[] widths = new int[columns.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.append("\n=== \"").append(title).append("\"\n\n");
    out.append(INDENT).append(VENDOR_HEADER);
    for (int i = 0; i < widths.length; i++) {
      out.append(' ').append(pad(columns.get(i).architecture().name(), widths[i])).append(" |");
    }
    out.append('\n').append(INDENT).append(VENDOR_RULE);
    for (int width : widths) {
      out.append(' ').append("-".repeat(width)).append(" |");
    }
    out.append('\n');
    for (int r = 0; r < cells.size(); r++) {
      DriverTable.Row row = DriverTable.ROWS.get(r);
      out.append(INDENT).append("| ").append(pad(row.vendor(), VENDOR_WIDTH))
          .append(" | ").append(pad(row.driver(), DRIVER_WIDTH)).append(" |");
      for (int i = 0; i < widths.length; i++) {
        out.append(' ').append(pad(cells.get(r).get(i), widths[i])).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** Width in characters as a reader counts them (code points: {@code ∞} is one). */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }
}
