package io.ebpfdocs.mtu;

/**
 * The page's footnotes that table cells refer to. Their texts are written by hand below the table;
 * footnote 1 belongs to the page's prose.
 */
enum Footnote {
  NO_LIMIT(2),
  LIMIT_FROM_FIRMWARE(3),
  SLAVE_DEVICES(4),
  HDS_THRESHOLD(5);

  private final int number;

  Footnote(int number) {
    this.number = number;
  }

  /** The reference as it stands in a cell, e.g. {@code [^2]}. */
  String ref() {
    return "[^" + number + "]";
  }
}
