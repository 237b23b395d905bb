package io.ebpfdocs.ci;

import io.ebpfdocs.report.Warning;

/**
 * A finding at its place, for a CI to show there: {@code file} relative to the repository root
 * (empty when it concerns no file), 1-based {@code line} and {@code column}, 0 when unknown.
 */
public record Annotation(Level level, String file, int line, int column, String message) {

  public enum Level {
    ERROR("error"), WARNING("warning");

    final String command;

    Level(String command) {
      this.command = command;
    }
  }

  public static Annotation error(String file, int line, int column, String message) {
    return new Annotation(Level.ERROR, file, line, column, message);
  }

  public static Annotation error(Warning failure) {
    return error(failure.file(), failure.line(), 0, failure.message());
  }

  public static Annotation warning(Warning warning) {
    return new Annotation(Level.WARNING, warning.file(), warning.line(), 0, warning.message());
  }

  /** {@code FILE:LINE[:COLUMN]: MESSAGE}, or the message alone. */
  String located() {
    if (file == null || file.isEmpty()) {
      return message;
    }
    return file + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": " + message;
  }
}
