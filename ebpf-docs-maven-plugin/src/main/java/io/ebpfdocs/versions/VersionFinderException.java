package io.ebpfdocs.versions;

/**
 * Bad user input or an unusable repository: the message names the file (and line where known) and
 * says what to do. Never wraps a programming error.
 */
public final class VersionFinderException extends Exception {
  private static final long serialVersionUID = 1L;

  public VersionFinderException(String message) {
    super(message);
  }

  public VersionFinderException(String message, Throwable cause) {
    super(message, cause);
  }
}
