package io.ebpfdocs.site;

import java.util.List;
import java.util.Set;

/**
 * What rendering one page produced, besides its HTML (already written): the parts the site-wide
 * steps (search index, link check) need.
 */
public record PageModel(String path, String title, List<Section> sections, List<PageLink> links,
    List<UndefinedReference> undefinedReferences, Set<String> ids) {

  /** A searchable part of a page: text under one heading (anchor "" for the text before the first). */
  public record Section(String anchor, String heading, String text) {}

  /** An internal link as written in the page. {@code target} is a docs-relative path, {@code fragment} without '#'. */
  public record PageLink(int line, String written, String target, String fragment) {}

  /**
   * A reference link whose reference has no definition, written with two bracket pairs ({@code [text][ref]},
   * {@code [text][]}): the author meant a link. A lone {@code [text]} is ordinary text ("data[0]") and not kept.
   */
  public record UndefinedReference(int line, String written) {}

  /** A heading for the table of contents. */
  public record TocEntry(int level, String id, String text) {}
}
