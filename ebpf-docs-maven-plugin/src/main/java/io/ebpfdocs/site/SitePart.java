package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.util.Map;

/**
 * Files of the site made from more than one page (the search index from every page's model, the JSON
 * API from the data folder): an incremental build makes them again only when the digest of their
 * inputs changed. The plugin's code and the list of pages count as inputs of every part.
 *
 * @param name the part's key in the build manifest
 * @param inputs everything else the files depend on, as bytes to digest
 * @param files the files by site-relative path, with their text
 */
public record SitePart(String name, Inputs inputs, Files files) {
  /** The part's inputs. */
  @FunctionalInterface
  public interface Inputs {
    byte[] read() throws IOException;
  }

  /** The part's files. */
  @FunctionalInterface
  public interface Files {
    Map<String, String> make() throws IOException, DocsException;
  }
}
