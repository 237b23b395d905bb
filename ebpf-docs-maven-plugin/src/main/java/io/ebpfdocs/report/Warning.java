package io.ebpfdocs.report;

/** A problem that does not stop generation; {@code line} is 1-based, 0 when it concerns a whole file. */
public record Warning(String file, int line, String message) {
  @Override
  public String toString() {
    if (file == null || file.isEmpty()) {
      return message;
    }
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
