package io.ebpfdocs.serve;

/**
 * Where the preview listens.
 *
 * @param address the interface to bind, e.g. {@code 127.0.0.1}; {@code 0.0.0.0} for every interface
 * @param port the TCP port; 0 picks a free one (tests)
 * @param threads request threads: the most connections read or answered at once, one thread each
 */
public record ServeSettings(String address, int port, int threads) {
  public ServeSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }
}
