package io.ebpfdocs.site;

import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.nav.NavNode;
import io.ebpfdocs.site.nav.SiteNav;
import java.util.List;
import java.util.Set;

/**
 * The HTML shell around a page's content. The left navigation is NOT written here: every page loads
 * one shared nav.js; without JavaScript the breadcrumbs and previous/next links still connect pages.
 */
public final class PageTemplate {
  static final String ASSETS = "assets/ebpfdocs/";
  private final SiteSettings settings;
  private final SiteNav nav;
  private final Set<String> ownPages;
  private final MkDocsConfig.Theme theme;
  private final String themeStyle;
  private final String themeToggle;
  private final ProductionHtml production;

  /** @param ownPages the site's own pages (such as the explorer): no docs source, so no edit link */
  public PageTemplate(SiteSettings settings, SiteNav nav, Set<String> ownPages) {
    this.settings = settings;
    this.nav = nav;
    this.ownPages = Set.copyOf(ownPages);
    this.theme = settings.config().theme();
    this.themeStyle = ThemeHtml.style(theme);
    this.themeToggle = ThemeHtml.toggle(theme);
    this.production = new ProductionHtml(settings);
  }

  public String page(String path, PageRenderer.RenderedPage page) {
    return page(path, page, PageExtras.NONE);
  }

  /** A page with what production mode adds to it (dates, contributors, its social card). */
  public String page(String path, PageRenderer.RenderedPage page, PageExtras extras) {
    String dir = SitePaths.pageDir(path);
    String root = SitePaths.rootFrom(dir);
    StringBuilder out = new StringBuilder(page.html().length() + 6000);
    String description = page.frontMatter().description();
    StringBuilder meta = new StringBuilder();
    if (!settings.siteUrl().isEmpty()) {
      meta.append("<link rel=\"canonical\" href=\"").append(Html.escape(settings.siteUrl() + "/" + dir)).append("\">");
    }
    production.cardTags(page.model().title(), PageDescription.of(page), dir, root, extras.card(), meta);
    // As MkDocs: the home page's tab shows the site name alone unless its front matter names it.
    boolean home = path.equals("index.md") && page.frontMatter().title() == null;
    head(out, root, home ? null : page.model().title(), description, dir, meta.toString());
    out.append("<main class=\"content\">");
    breadcrumbs(out, path, root);
    if (!ownPages.contains(path)) {
      actions(out, path);
    }
    out.append("<article class=\"md\">\n");
    if (!page.html().contains("<h1")) { // as MkDocs Material: a page without a "#" heading gets its title as h1
      out.append("<h1>");
      Html.escapeTo(page.model().title(), out);
      out.append("</h1>\n");
    }
    out.append(page.html());
    production.pageMeta(extras.history(), out);
    out.append("</article>");
    pager(out, path, root);
    out.append("</main>");
    if (!page.frontMatter().hide().contains("toc")) {
      toc(out, page.toc());
    }
    return tail(out, root);
  }

  /** The edit and view buttons, as the theme's features ask. */
  private void actions(StringBuilder out, String path) {
    String edit = settings.editUrl();
    if (edit.isEmpty()) {
      return;
    }
    if (theme.has(MkDocsConfig.Features.VIEW)) {
      String view = edit.contains("/blob/") ? edit.replaceFirst("/blob/", "/raw/") : edit.replaceFirst("/edit/", "/raw/");
      action(out, "view-link", view + path, "View source of this page", theme.viewIcon(), "material-eye", "View");
    }
    if (theme.has(MkDocsConfig.Features.EDIT)) {
      action(out, "edit-link", edit + path, "Edit this page", theme.editIcon(), "material-pencil", "Edit");
    }
  }

  private static void action(StringBuilder out, String kind, String href, String title, String icon, String fallback,
      String label) {
    out.append("<a class=\"").append(kind).append("\" href=\"").append(Html.escape(href)).append("\" title=\"")
        .append(title).append("\">").append(Icons.svg(icon).orElseGet(() -> Icons.svg(fallback).orElseThrow()))
        .append("<span>").append(label).append("</span></a>");
  }

  /**
   * The 404 page, with the content block of the theme's {@code 404.html} override when there is one; its
   * links are root-relative, which holds when the server serves it from the root.
   */
  public String notFound() {
    StringBuilder out = new StringBuilder();
    head(out, "", "Page not found", null, "", "");
    out.append("<main class=\"content\"><article class=\"md\">");
    if (theme.notFoundHtml().isEmpty()) {
      out.append("<h1>Page not found</h1>")
          .append("<p>There is no page at this address. It may have moved; try the search above or go to the ")
          .append("<a href=\"index.html\">home page</a>.</p>");
    } else {
      out.append(theme.notFoundHtml());
    }
    out.append("</article></main>");
    return tail(out, "");
  }

  private void head(StringBuilder out, String root, String title, String description, String dir, String meta) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>");
    Html.escapeTo(title == null ? settings.siteName() : title + " - " + settings.siteName(), out);
    out.append("</title>");
    if (description != null) {
      out.append("<meta name=\"description\" content=\"");
      Html.escapeTo(description, out);
      out.append("\">");
    }
    out.append(meta).append("<link rel=\"icon\" href=\"").append(root)
        .append(Html.escape(theme.favicon().isEmpty() ? SiteAssets.FAVICON : theme.favicon())).append("\">")
        .append("<link rel=\"stylesheet\" href=\"").append(root).append(ASSETS).append("site.css\">");
    for (String css : settings.config().extraCss()) {
      out.append("<link rel=\"stylesheet\" href=\"").append(root).append(Html.escape(css)).append("\">");
    }
    out.append(themeStyle);
    production.analytics(out);
    // Applied before first paint so a stored theme choice never flashes the other theme.
    out.append("<script>try{var t=localStorage.getItem('ebpfdocs-theme');if(t)document.documentElement")
        .append(".setAttribute('data-theme',t)}catch(e){}</script></head>\n<body data-root=\"").append(root)
        .append("\" data-page=\"").append(Html.escape(dir)).append("\">")
        .append("<header class=\"topbar\"><button class=\"icon-button nav-toggle\" aria-label=\"Toggle navigation\">")
        .append(Icons.svg("material-menu").orElseThrow()).append("</button><a class=\"brand\" href=\"")
        .append(root).append("index.html\">");
    if (theme.logo().isEmpty()) {
      out.append("<span class=\"brand-mark\">eBPF</span>");
    } else {
      out.append("<img class=\"brand-logo\" src=\"").append(root).append(Html.escape(theme.logo()))
          .append("\" alt=\"logo\">");
    }
    Html.escapeTo(settings.siteName(), out);
    out.append("</a><div class=\"search\" role=\"search\">").append(Icons.svg("material-magnify").orElseThrow())
        .append("<input id=\"search-input\" type=\"search\" placeholder=\"Search\" autocomplete=\"off\" ")
        .append("aria-label=\"Search the docs\"><div id=\"search-results\" hidden></div></div>");
    out.append(themeToggle);
    if (!settings.repoUrl().isEmpty()) {
      out.append("<a class=\"icon-button repo\" href=\"").append(Html.escape(settings.repoUrl()))
          .append("\" title=\"Go to repository\">")
          .append(Icons.svg(theme.repoIcon()).orElseGet(() -> Icons.svg("fontawesome-brands-github").orElseThrow()))
          .append("</a>");
    }
    out.append("</header>\n<div class=\"layout\"><nav id=\"site-nav\" class=\"sidebar\" aria-label=\"Site\">")
        .append("<noscript><p class=\"nav-noscript\">The menu needs JavaScript. The breadcrumbs above each page and ")
        .append("the previous/next links below it reach every page; start at the <a href=\"").append(root)
        .append("index.html\">home page</a>.</p></noscript></nav>");
  }

  private String tail(StringBuilder out, String root) {
    out.append("</div>\n");
    if (theme.has(MkDocsConfig.Features.TOP)) {
      out.append("<a class=\"back-to-top\" href=\"#\" title=\"Back to top\">")
          .append(Icons.svg("octicons-arrow-right-24").orElseThrow()).append("</a>");
    }
    out.append("<script src=\"").append(root).append(ASSETS).append("nav.js\"></script><script src=\"")
        .append(root).append(ASSETS).append("site.js\"></script>");
    for (String js : settings.config().extraJavascript()) {
      out.append("<script src=\"").append(root).append(Html.escape(js)).append("\"></script>");
    }
    return out.append("</body></html>\n").toString();
  }

  private void breadcrumbs(StringBuilder out, String path, String root) {
    List<NavNode> crumbs = nav.breadcrumbs(path);
    out.append("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><a href=\"").append(root)
        .append("index.html\">Home</a>");
    for (NavNode crumb : crumbs) {
      if ("index.md".equals(crumb.page())) {
        continue;
      }
      out.append("<span class=\"sep\">/</span>");
      if (crumb.page() != null && !crumb.page().equals(path)) {
        out.append("<a href=\"").append(root).append(SitePaths.pageDir(crumb.page())).append("index.html\">")
            .append(SiteNav.titleHtml(crumb.title())).append("</a>");
      } else {
        out.append("<span>").append(SiteNav.titleHtml(crumb.title())).append("</span>");
      }
    }
    out.append("</nav>");
  }

  private void pager(StringBuilder out, String path, String root) {
    SiteNav.Neighbour prev = nav.previous(path);
    SiteNav.Neighbour next = nav.next(path);
    if (prev == null && next == null) {
      return;
    }
    out.append("<nav class=\"pager\" aria-label=\"Previous and next page\">");
    neighbour(out, prev, root, "prev", "Previous");
    neighbour(out, next, root, "next", "Next");
    out.append("</nav>");
  }

  private static void neighbour(StringBuilder out, SiteNav.Neighbour n, String root, String rel, String label) {
    if (n == null) {
      out.append("<span></span>");
      return;
    }
    out.append("<a class=\"").append(rel).append("\" rel=\"").append(rel).append("\" href=\"").append(root)
        .append(SitePaths.pageDir(n.page())).append("index.html\"><small>").append(label).append("</small>")
        .append(SiteNav.titleHtml(n.title())).append("</a>");
  }

  private static void toc(StringBuilder out, List<PageModel.TocEntry> entries) {
    out.append("<aside class=\"toc\" aria-label=\"On this page\"><div class=\"toc-inner\">");
    boolean any = false;
    for (PageModel.TocEntry e : entries) {
      if (e.level() < 2 || e.level() > 4) {
        continue;
      }
      if (!any) {
        out.append("<div class=\"toc-title\">On this page</div><ul>");
        any = true;
      }
      out.append("<li class=\"toc-l").append(e.level()).append("\"><a href=\"#").append(Html.escape(e.id()))
          .append("\">");
      Html.escapeTo(e.text(), out);
      out.append("</a></li>");
    }
    out.append(any ? "</ul>" : "").append("</div></aside>");
  }
}
