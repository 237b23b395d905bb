package io.ebpfdocs.libbpf;

/** One Markdown block of a converted helper comment; list items are kept together. */
record ManPageBlock(String text, boolean listItem) {
  static ManPageBlock of(String text) {
    return new ManPageBlock(text, false);
  }
}
