package io.ebpfdocs.report;

/** Bad user input; the message names the file, the line and what to do. (Stand-in until the foundation lands.) */
public class DocsException extends Exception {
  public DocsException(String message) {
    super(message);
  }

  public DocsException(String message, Throwable cause) {
    super(message, cause);
  }
}
