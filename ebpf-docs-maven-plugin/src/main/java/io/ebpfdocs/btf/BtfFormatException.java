package io.ebpfdocs.btf;

/** The bytes are not valid BTF (or not an ELF file holding BTF); the message names the byte offset. */
public final class BtfFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final long offset;

  public BtfFormatException(long offset, String problem) {
    super("invalid BTF at byte offset " + offset + ": " + problem);
    this.offset = offset;
  }

  /** The byte offset, from the start of the file, where the problem was found. */
  public long offset() {
    return offset;
  }
}
