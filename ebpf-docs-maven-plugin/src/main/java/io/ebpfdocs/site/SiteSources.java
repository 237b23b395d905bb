package io.ebpfdocs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the site is made of, docs-relative with {@code /}: the Markdown pages (those of the docs
 * folder, sorted, SUMMARY.md files being navigation, then the site's own pages such as the
 * compatibility explorer), the sources of the site's own pages, and every other file of the docs
 * folder, copied or served as it is.
 */
public record SiteSources(List<String> pages, Map<String, String> ownPages, Set<String> files) {
  public static final String NAV_FILE = "SUMMARY.md";

  public SiteSources {
    pages = List.copyOf(pages);
    ownPages = Map.copyOf(ownPages);
    files = Set.copyOf(files);
  }

  public static SiteSources scan(Path docs) throws IOException {
    List<String> pages = new ArrayList<>();
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(docs)) {
      walk.filter(Files::isRegularFile).map(p -> docs.relativize(p).toString().replace('\\', '/')).sorted()
          .forEach(rel -> {
            if (!rel.endsWith(".md")) {
              files.add(rel);
            } else if (!isNavFile(rel)) {
              pages.add(rel);
            }
          });
    }
    Map<String, String> ownPages = new TreeMap<>();
    if (ExplorerPage.fits(pages)) {
      ownPages.put(ExplorerPage.PATH, SiteAssets.resource(ExplorerPage.SOURCE));
      pages.add(ExplorerPage.PATH);
    }
    return new SiteSources(pages, ownPages, files);
  }

  /** Whether a docs-relative path is a literate-nav file. */
  public static boolean isNavFile(String rel) {
    return rel.equals(NAV_FILE) || rel.endsWith("/" + NAV_FILE);
  }
}
