package io.ebpfdocs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks every internal link: the target page or file exists and, for pages, the anchor too. */
public final class LinkCheck {
  private LinkCheck() {}

  /**
   * @param pages rendered pages by docs-relative path
   * @param files every non-page file under docs/, docs-relative
   */
  public static List<LinkProblem> check(Map<String, PageModel> pages, Set<String> files) {
    List<LinkProblem> problems = new ArrayList<>();
    for (PageModel page : pages.values()) {
      for (PageModel.PageLink link : page.links()) {
        String problem = problem(link, pages, files);
        if (problem != null) {
          problems.add(new LinkProblem("docs/" + page.path(), link.line(), problem));
        }
      }
    }
    problems.sort(Comparator.comparing(LinkProblem::file).thenComparingInt(LinkProblem::line)
        .thenComparing(LinkProblem::message));
    return problems;
  }

  private static String problem(PageModel.PageLink link, Map<String, PageModel> pages, Set<String> files) {
    String target = link.target();
    if (target.endsWith(".md")) {
      PageModel linked = pages.get(target);
      if (linked == null) {
        return "link '" + link.written() + "' points to missing page docs/" + target;
      }
      if (!link.fragment().isEmpty() && !linked.ids().contains(link.fragment())) {
        return "link '" + link.written() + "': no anchor '#" + link.fragment() + "' in docs/" + target;
      }
      return null;
    }
    return files.contains(target) ? null : "link '" + link.written() + "' points to missing file docs/" + target;
  }
}
