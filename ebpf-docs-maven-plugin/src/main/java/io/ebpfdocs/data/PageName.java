package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;

/** Names that become page paths ({@code NAME.md} in a docs folder) must stay inside that folder. */
public final class PageName {
  private PageName() {}

  public static String check(YamlFile file, YamlNode node, String name) throws DocsException {
    if (name.isEmpty()
        || name.contains("/")
        || name.contains("\\")
        || name.contains("..")
        || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw file.error(
          node,
          "'" + printable(name) + "' cannot be a page name: it would leave its docs folder"
              + " (no '/', '\\', '..' or control characters); rename it");
    }
    return name;
  }

  private static String printable(String name) {
    StringBuilder sb = new StringBuilder();
    name.chars().forEach(c -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
