package io.ebpfdocs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a docs folder holds for the site, docs-relative with {@code /}: the Markdown pages (sorted;
 * SUMMARY.md files are navigation, not pages) and every other file, copied or served as it is.
 */
public record SiteSources(List<String> pages, Set<String> files) {
  public static final String NAV_FILE = "SUMMARY.md";

  public SiteSources {
    pages = List.copyOf(pages);
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
    return new SiteSources(pages, files);
  }

  /** Whether a docs-relative path is a literate-nav file. */
  public static boolean isNavFile(String rel) {
    return rel.equals(NAV_FILE) || rel.endsWith("/" + NAV_FILE);
  }
}
