package io.ebpfdocs.site;

/** Bad input in the docs tree (front matter, navigation); the message names file, line and the fix. */
public final class SiteException extends Exception {
  public SiteException(String message) {
    super(message);
  }
}
