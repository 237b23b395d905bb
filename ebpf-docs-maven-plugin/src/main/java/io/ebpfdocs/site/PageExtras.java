package io.ebpfdocs.site;

import io.ebpfdocs.site.history.PageHistory;

/**
 * What production mode adds to one page.
 *
 * @param history its git history; null when it has none (production off, no git, not committed)
 * @param card its social card, relative to the site's root; empty for none
 */
public record PageExtras(PageHistory history, String card) {
  public static final PageExtras NONE = new PageExtras(null, "");
}
