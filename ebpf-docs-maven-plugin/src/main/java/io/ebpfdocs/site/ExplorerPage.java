package io.ebpfdocs.site;

import io.ebpfdocs.site.nav.NavNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The compatibility explorer, a page of the site's own (not of the docs tree): rendered like any page
 * from a bundled Markdown source, listed at the top level of the navigation. Its script
 * (assets/explorer.js) reads the JSON API in api/v1/ and says so plainly when a build has none.
 */
final class ExplorerPage {
  /** Where it is served from: compat/index.html. The source's script path ("../assets/") depends on it. */
  static final String PATH = "compat/index.md";
  static final String TITLE = "Compatibility explorer";
  static final String SOURCE = "explorer.md";

  private ExplorerPage() {}

  /** Whether the docs tree leaves the explorer's address free (a page of its own there wins). */
  static boolean fits(List<String> docsPages) {
    return !docsPages.contains(PATH) && !docsPages.contains("compat.md");
  }

  /** The navigation with the explorer as its last top-level entry. */
  static List<NavNode> addTo(List<NavNode> roots) {
    List<NavNode> withExplorer = new ArrayList<>(roots);
    withExplorer.add(new NavNode(TITLE, PATH, List.of()));
    return withExplorer;
  }
}
