package io.ebpfdocs.site.nav;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads literate-nav {@code SUMMARY.md} files: nested bullet lists indented by two spaces, items
 * {@code [Title](page.md)}, {@code [Title](dir/)} (pulls {@code dir/SUMMARY.md}) or a plain label.
 * A section whose first child is its folder's {@code index.md} takes that page as its own.
 */
public final class LiterateNav {
  private static final String FILE = "SUMMARY.md";
  private static final Pattern ITEM = Pattern.compile("^( *)[*+-] +(.*?)\\s*$");
  private static final Pattern LINK = Pattern.compile("^\\[(.*)]\\(([^)\\s]*)\\)$");
  private static final int INDENT = 2;

  private final Path docs;

  public LiterateNav(Path docs) {
    this.docs = docs;
  }

  /** The whole navigation, from docs/SUMMARY.md; empty when there is none. */
  public List<NavNode> read() throws IOException, DocsException {
    return Files.exists(docs.resolve(FILE)) ? readFolder("") : List.of();
  }

  private List<NavNode> readFolder(String dir) throws IOException, DocsException {
    String file = dir + FILE;
    List<String> lines = Files.readAllLines(docs.resolve(file));
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ITEM.matcher(lines.get(i));
      if (m.matches()) {
        items.add(new Item(m.group(1).length() / INDENT, m.group(2), i + 1));
      } else if (!lines.get(i).isBlank()) {
        throw new DocsException("docs/" + file + ":" + (i + 1)
            + ": not a navigation item; write '* [Title](page.md)' indented by two spaces per level");
      }
    }
    int[] next = {0};
    return build(dir, file, items, next, 0);
  }

  private record Item(int depth, String text, int line) {}

  private List<NavNode> build(String dir, String file, List<Item> items, int[] next, int depth)
      throws IOException, DocsException {
    List<NavNode> nodes = new ArrayList<>();
    while (next[0] < items.size() && items.get(next[0]).depth() >= depth) {
      Item item = items.get(next[0]++);
      if (item.depth() > depth) {
        throw new DocsException("docs/" + file + ":" + item.line()
            + ": item is indented deeper than its parent allows; indent by exactly two spaces per level");
      }
      List<NavNode> children = build(dir, file, items, next, depth + 1);
      nodes.add(node(dir, file, item, children));
    }
    return nodes;
  }

  private NavNode node(String dir, String file, Item item, List<NavNode> children) throws IOException, DocsException {
    Matcher link = LINK.matcher(item.text());
    if (!link.matches()) {
      return new NavNode(item.text(), null, children);
    }
    String title = link.group(1);
    String target = SitePaths.resolve(dir, link.group(2));
    if (target.endsWith("/") || target.isEmpty()) {
      List<NavNode> folder = new ArrayList<>(children);
      if (Files.exists(docs.resolve(target + FILE))) {
        folder.addAll(0, readFolder(target));
      }
      return withIndex(title, target + "index.md", folder);
    }
    if (!target.endsWith(".md")) {
      throw new DocsException("docs/" + file + ":" + item.line() + ": '" + link.group(2)
          + "' is neither a Markdown page nor a folder ending in '/'");
    }
    return new NavNode(title, target, children);
  }

  /** A folder section: its index.md (listed first, as literate-nav + navigation.indexes do) becomes its page. */
  private NavNode withIndex(String title, String index, List<NavNode> children) {
    if (!children.isEmpty() && index.equals(children.get(0).page()) && children.get(0).children().isEmpty()) {
      return new NavNode(title, index, children.subList(1, children.size()));
    }
    return new NavNode(title, Files.exists(docs.resolve(index)) ? index : null, children);
  }
}
