package io.ebpfdocs.site;

/** A broken internal link or anchor: file relative to the docs root's parent ("docs/x.md"), 1-based line. */
public record LinkProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
