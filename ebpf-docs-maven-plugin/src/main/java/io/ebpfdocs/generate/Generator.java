package io.ebpfdocs.generate;

import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;

/**
 * One generator: it reads the pages it owns from the store and puts back their new text. It is
 * built with its inputs already loaded, so it does no I/O of its own.
 */
public interface Generator {
  /** The goal that runs it alone, e.g. {@code gen-feature-tags}. */
  String name();

  void generate(PageStore pages, Report report) throws DocsException;
}
