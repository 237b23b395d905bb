package io.ebpfdocs.site.nav;

import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.SitePaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * The navigation as the pages need it: reading order (for previous/next), the sections above each
 * page (breadcrumbs), and a compact tree for the one script every page loads.
 */
public final class SiteNav {
  private final List<NavNode> roots;
  private final List<String> order = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, List<NavNode>> ancestors = new LinkedHashMap<>();

  public SiteNav(List<NavNode> roots) {
    this.roots = roots;
    walk(roots, new ArrayList<>());
  }

  private void walk(List<NavNode> nodes, List<NavNode> path) {
    for (NavNode node : nodes) {
      if (node.page() != null && !ancestors.containsKey(node.page())) {
        positions.put(node.page(), order.size());
        order.add(node.page());
        titles.put(node.page(), node.title());
        ancestors.put(node.page(), List.copyOf(path));
      }
      path.add(node);
      walk(node.children(), path);
      path.remove(path.size() - 1);
    }
  }

  /** A neighbour in reading order. */
  public record Neighbour(String page, String title) {}

  public Neighbour previous(String page) {
    int i = positions.getOrDefault(page, -1);
    return i <= 0 ? null : new Neighbour(order.get(i - 1), titles.get(order.get(i - 1)));
  }

  public Neighbour next(String page) {
    int i = positions.getOrDefault(page, -1);
    return i < 0 || i + 1 >= order.size() ? null : new Neighbour(order.get(i + 1), titles.get(order.get(i + 1)));
  }

  /** Sections containing the page, outermost first; empty for pages outside the navigation. */
  public List<NavNode> breadcrumbs(String page) {
    return ancestors.getOrDefault(page, List.of());
  }

  /** The page's place in reading order; pages outside the navigation come after all others. */
  public int position(String page) {
    return positions.getOrDefault(page, Integer.MAX_VALUE);
  }

  /** The navigation label of a page, or null when the page is not in the navigation. */
  public String title(String page) {
    return titles.get(page);
  }

  /**
   * The tree as JSON: each node {@code [titleHtml, url, children?]}, url the page's site directory
   * ("" for the home page, null for a label).
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(64 * 1024);
    appendNodes(roots, out);
    return out.toString();
  }

  private static void appendNodes(List<NavNode> nodes, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < nodes.size(); i++) {
      NavNode node = nodes.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append('[');
      jsonString(titleHtml(node.title()), out);
      out.append(',');
      if (node.page() == null) {
        out.append("null");
      } else {
        jsonString(SitePaths.pageDir(node.page()), out);
      }
      if (!node.children().isEmpty()) {
        out.append(',');
        appendNodes(node.children(), out);
      }
      out.append(']');
    }
    out.append(']');
  }

  /** Inline HTML tags in a label ("<nospell>Printf macros</nospell>"): the reader sees only their text. */
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>");

  /** A label as HTML: inline tags dropped, the rest escaped, with `backticks` as code. */
  public static String titleHtml(String title) {
    StringBuilder out = new StringBuilder();
    String[] parts = TAG.matcher(title).replaceAll("").split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("<code>");
      }
      Html.escapeTo(parts[i], out);
      if (code) {
        out.append("</code>");
      }
    }
    return out.toString();
  }

  /** A plain-text label: inline tags and backticks dropped. */
  public static String titleText(String title) {
    return TAG.matcher(title).replaceAll("").replace("`", "");
  }

  public static void jsonString(String s, StringBuilder out) {
    out.append('"');
    // Runs of plain characters are appended at once: most of the search index's text needs no escape.
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '<') {
        out.append(s, plain, i).append(escape(c));
        plain = i + 1;
      }
    }
    out.append(s, plain, s.length()).append('"');
  }

  /** The escape of a control character, a quote, a backslash or '<' in a JSON string of a script. */
  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '<' -> "\\u003c"; // keeps "</script>" out of the script file
      default -> String.format("\\u%04x", (int) c);
    };
  }
}
