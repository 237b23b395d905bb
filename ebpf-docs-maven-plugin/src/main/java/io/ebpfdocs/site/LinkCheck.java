package io.ebpfdocs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
      problems.addAll(check(page, pages::get, files));
    }
    problems.sort(Comparator.comparing(LinkProblem::file).thenComparingInt(LinkProblem::line)
        .thenComparing(LinkProblem::message));
    return problems;
  }

  /**
   * The links of one page, in page order.
   *
   * @param pages the model of a docs-relative page path, null when there is no such page
   */
  public static List<LinkProblem> check(PageModel page, Function<String, PageModel> pages, Set<String> files) {
    List<LinkProblem> problems = new ArrayList<>();
    for (PageModel.PageLink link : page.links()) {
      String problem = problem(link, pages, files);
      if (problem != null) {
        problems.add(new LinkProblem("docs/" + page.path(), link.line(), problem));
      }
    }
    return problems;
  }

  private static String problem(PageModel.PageLink link, Function<String, PageModel> pages, Set<String> files) {
    String target = link.target();
    if (target.endsWith(".md")) {
      PageModel linked = pages.apply(target);
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
