package io.ebpfdocs.site;

import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.history.Contributor;
import io.ebpfdocs.site.history.PageHistory;
import io.ebpfdocs.site.history.RevisionDateFormat;
import io.ebpfdocs.site.social.SocialCards;

/** The markup production mode adds: page dates and contributors, card meta tags, the analytics tag. */
final class ProductionHtml {
  private final SiteSettings settings;
  private final MkDocsConfig.Production production;
  private final RevisionDateFormat dates;

  ProductionHtml(SiteSettings settings) {
    this.settings = settings;
    this.production = settings.production();
    this.dates = new RevisionDateFormat(production.dates());
  }

  /** Open Graph and Twitter tags pointing at the page's card; nothing without one. */
  void cardTags(String title, String description, String dir, String root, String card, StringBuilder out) {
    if (card.isEmpty()) {
      return;
    }
    String siteUrl = settings.siteUrl();
    String image = siteUrl.isEmpty() ? root + card : siteUrl + "/" + card;
    String fullTitle = title == null ? settings.siteName() : title + " - " + settings.siteName();
    meta(out, "property", "og:type", "website");
    meta(out, "property", "og:title", fullTitle);
    meta(out, "property", "og:description", description);
    if (!siteUrl.isEmpty()) {
      meta(out, "property", "og:url", siteUrl + "/" + dir);
    }
    meta(out, "property", "og:image", image);
    meta(out, "property", "og:image:type", "image/png");
    meta(out, "property", "og:image:width", Integer.toString(SocialCards.WIDTH));
    meta(out, "property", "og:image:height", Integer.toString(SocialCards.HEIGHT));
    meta(out, "name", "twitter:card", "summary_large_image");
    meta(out, "name", "twitter:title", fullTitle);
    meta(out, "name", "twitter:description", description);
    meta(out, "name", "twitter:image", image);
  }

  private static void meta(StringBuilder out, String attribute, String name, String content) {
    out.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"");
    Html.escapeTo(content, out);
    out.append("\">");
  }

  /** Google's tag, when {@code extra.analytics} names a property and production mode is on. */
  void analytics(StringBuilder out) {
    String property = Html.escape(settings.config().analyticsProperty());
    if (property.isEmpty() || !production.any()) {
      return;
    }
    out.append("<script async src=\"https://www.googletagmanager.com/gtag/js?id=").append(property)
        .append("\"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
        .append("gtag(\"js\",new Date);gtag(\"config\",\"").append(property).append("\")</script>");
  }

  /** The page's dates and contributors below its content, as far as production mode shows them. */
  void pageMeta(PageHistory history, StringBuilder out) {
    if (history == null || !production.dates().enabled() && !production.committers()) {
      return;
    }
    out.append("<aside class=\"page-meta\">");
    if (production.dates().enabled()) {
      date(out, "page-updated", "Last update", history.updated());
      if (production.dates().creationDate()) {
        date(out, "page-created", "Created", history.created());
      }
    }
    if (production.committers()) {
      out.append("<span class=\"contributors\"><span class=\"label\">Contributors:</span>");
      for (Contributor c : history.contributors()) {
        String title = c.name() + " (" + c.commits() + (c.commits() == 1 ? " commit)" : " commits)");
        String profile = c.profileUrl();
        out.append(profile.isEmpty() ? "<span" : "<a href=\"" + Html.escape(profile) + "\"")
            .append(" class=\"contributor\" title=\"");
        Html.escapeTo(title, out);
        out.append("\">");
        Html.escapeTo(c.initials(), out);
        out.append(profile.isEmpty() ? "</span>" : "</a>");
      }
      out.append("</span>");
    }
    out.append("</aside>");
  }

  private void date(StringBuilder out, String kind, String label, java.time.Instant when) {
    out.append("<span class=\"").append(kind).append("\">").append(label).append(": <time datetime=\"")
        .append(dates.isoDate(when)).append("\">");
    Html.escapeTo(dates.format(when), out);
    out.append("</time></span>");
  }
}
