package io.ebpfdocs.serve;

/** Where the preview reports: the Maven log in the goal, a list in tests. */
public interface ServeLog {
  void info(String message);

  void warn(String message);
}
