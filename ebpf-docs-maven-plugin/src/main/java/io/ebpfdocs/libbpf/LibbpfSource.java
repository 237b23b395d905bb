package io.ebpfdocs.libbpf;

import io.ebpfdocs.report.DocsException;
import java.io.IOException;

/** Where the libbpf files come from: a git repository, a folder, a URL or single files. */
public interface LibbpfSource {
  String HELPER_DEFS = "src/bpf_helper_defs.h";
  String VERSION_MAP = "src/libbpf.map";

  /**
   * Reads a file of the libbpf tree.
   *
   * @param path relative to the root of the libbpf tree, with '/'
   * @throws DocsException when the file is not there; the message says how to point elsewhere
   */
  String read(String path) throws DocsException, IOException;

  /** Whether {@link #read} can work without the network when offline; false for a download not cached. */
  default boolean available(String path) {
    return true;
  }

  /** Where {@code path} is read from, for messages, e.g. {@code /src/libbpf@v1.5.0:src/libbpf.map}. */
  String describe(String path);
}
