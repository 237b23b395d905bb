package io.ebpfdocs.report;

/**
 * Input the user can fix: bad data, a name that would escape the docs folder, a damaged page in
 * strict mode. The message names the file, the line and what to do.
 */
public class DocsException extends Exception {
  public DocsException(String message) {
    super(message);
  }

  public DocsException(String message, Throwable cause) {
    super(message, cause);
  }
}
