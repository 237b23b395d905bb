package io.ebpfdocs.compat;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.kfuncs.KfuncRefFactory;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Reads what {@link Compatibility} is made of: the data files and the list of pages of a tree. */
public final class CompatibilityLoader {
  private CompatibilityLoader() {}

  public static Compatibility load(DocsSettings settings) throws DocsException, IOException {
    return load(settings, DocsRun.dataFiles(settings));
  }

  /** As {@link #load(DocsSettings)}, from data files the caller reads more of (each file is read once). */
  public static Compatibility load(DocsSettings settings, DataFiles data) throws DocsException, IOException {
    settings.requireDocsDir();
    return Compatibility.of(data.featureVersions(), data.helperFunctions(), KfuncRefFactory.data(data),
        pages(settings.docsDir()));
  }

  /** Every Markdown page below {@code docs}, docs-relative, '/'-separated, SUMMARY.md files left out. */
  static Set<String> pages(Path docs) throws IOException {
    Set<String> pages = new TreeSet<>(PageStore.allMarkdown(docs));
    pages.removeIf(page -> page.equals("SUMMARY.md") || page.endsWith("/SUMMARY.md"));
    return pages;
  }
}
