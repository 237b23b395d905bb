package io.ebpfdocs.site;

import io.ebpfdocs.site.nav.NavNode;
import io.ebpfdocs.site.nav.SiteNav;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The client-side search index, written as a script (fetch() of JSON is blocked on file:// URLs):
 * {@code pages: [[url, title, kind]]}, {@code sections: [[page, anchor, heading, text]]}. "kind" is the
 * page's place in the navigation ("Helper functions", "Libbpf / eBPF side"), which tells a helper
 * from the libbpf function of the same name; a folder's page that is itself a top-level entry is
 * labelled with that entry ("Compatibility explorer"), a folder's page outside the navigation with
 * the folder. Pages are listed in the navigation's reading order (then pages outside it, by path):
 * the search (assets/search.js) breaks ties by it. {@code separator} is the regular expression that
 * splits titles and queries into whole tokens ("BPF_PROG_TYPE_XDP" into bpf, prog, type, xdp), as
 * {@code plugins.search.separator} does for MkDocs.
 */
public final class SearchIndex {
  /** mkdocs.yml's {@code plugins.search.separator} in ebpf-docs: whitespace, '-', '_' and '.'. */
  public static final String DEFAULT_SEPARATOR = "[\\s\\-\\_\\.]+";

  private SearchIndex() {}

  public static String script(Map<String, PageModel> pages, SiteNav nav, String separator) {
    StringBuilder out = new StringBuilder(8 << 20);
    out.append("window.__ebpfdocsSearch={separator:");
    SiteNav.jsonString(separator, out);
    out.append(",pages:[");
    int index = 0;
    StringBuilder sections = new StringBuilder(8 << 20);
    List<PageModel> inReadingOrder = pages.values().stream()
        .sorted(Comparator.comparingInt((PageModel p) -> nav.position(p.path())).thenComparing(PageModel::path))
        .toList();
    for (PageModel page : inReadingOrder) {
      if (index > 0) {
        out.append(',');
      }
      out.append('[');
      SiteNav.jsonString(SitePaths.pageDir(page.path()), out);
      out.append(',');
      SiteNav.jsonString(nav.title(page.path()) != null ? SiteNav.titleText(nav.title(page.path())) : page.title(), out);
      out.append(',');
      SiteNav.jsonString(kind(page.path(), nav), out);
      out.append(']');
      for (PageModel.Section s : page.sections()) {
        sections.append(sections.length() == 0 ? "" : ",").append('[').append(index).append(',');
        SiteNav.jsonString(s.anchor(), sections);
        sections.append(',');
        SiteNav.jsonString(s.heading(), sections);
        sections.append(',');
        SiteNav.jsonString(s.text(), sections);
        sections.append(']');
      }
      index++;
    }
    return out.append("],sections:[").append(sections).append("]};\n").toString();
  }

  static String kind(String path, SiteNav nav) {
    List<NavNode> crumbs = nav.breadcrumbs(path);
    StringBuilder kind = new StringBuilder();
    // The top level ("Linux Reference") says little; the next two ("Libbpf / eBPF side") tell kinds apart.
    for (NavNode crumb : crumbs.size() >= 2 ? crumbs.subList(1, Math.min(3, crumbs.size())) : crumbs) {
      kind.append(kind.length() == 0 ? "" : " / ").append(SiteNav.titleText(crumb.title()));
    }
    if (kind.length() == 0) {
      String dir = SitePaths.dirOf(path);
      if (dir.isEmpty()) {
        return "";
      }
      // A folder's own top-level entry says more than the folder's name ("Compatibility explorer", not "compat").
      String title = nav.title(path);
      return title != null ? SiteNav.titleText(title) : dir.substring(0, dir.length() - 1);
    }
    return kind.toString();
  }
}
