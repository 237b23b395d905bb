package io.ebpfdocs.site.nav;

import java.util.List;

/**
 * One navigation entry: a page ({@code page} set), a section ({@code children} non-empty), or both
 * (a section with its own index page).
 *
 * @param title the label as written in SUMMARY.md (inline code kept in backticks)
 * @param page the page's path relative to docs/, or null for a plain section label
 */
public record NavNode(String title, String page, List<NavNode> children) {
  public NavNode {
    children = List.copyOf(children);
  }
}
