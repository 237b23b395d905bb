package io.ebpfdocs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks every internal link: the target page or file exists and, for pages, the anchor too; and every
 * reference link written as a link ({@code [text][ref]}) has a definition.
 */
public final class LinkCheck {
  private LinkCheck() {}

  /**
   * @param pages rendered pages by docs-relative path
   * @param files every non-page file under docs/, docs-relative
   */
  public static List<LinkProblem> check(Map<String, PageModel> pages, Set<String> files) {
    List<LinkProblem> problems = new ArrayList<>();
    for (PageModel page : pages.values()) {
      problems.addAll(check(page, pages::containsKey, target -> pages.get(target).ids(), files));
    }
    problems.sort(Comparator.comparing(LinkProblem::file).thenComparingInt(LinkProblem::line)
        .thenComparing(LinkProblem::message));
    return problems;
  }

  /**
   * The links of one page, in page order.
   *
   * @param pages whether a docs-relative page path exists
   * @param ids the ids of an existing page; asked only for links with an anchor
   */
  public static List<LinkProblem> check(PageModel page, Predicate<String> pages, Function<String, Set<String>> ids,
      Set<String> files) {
    List<LinkProblem> problems = new ArrayList<>();
    for (PageModel.PageLink link : page.links()) {
      String problem = problem(link, pages, ids, files);
      if (problem != null) {
        problems.add(new LinkProblem("docs/" + page.path(), link.line(), problem));
      }
    }
    for (PageModel.UndefinedReference ref : page.undefinedReferences()) {
      problems.add(new LinkProblem("docs/" + page.path(), ref.line(),
          "link '" + ref.written() + "': no link definition for this reference; add one ([ref]: url) or drop the brackets"));
    }
    problems.sort(Comparator.comparingInt(LinkProblem::line));
    return problems;
  }

  private static String problem(PageModel.PageLink link, Predicate<String> pages, Function<String, Set<String>> ids,
      Set<String> files) {
    String target = link.target();
    if (target.endsWith(".md")) {
      if (!pages.test(target)) {
        return "link '" + link.written() + "' points to missing page docs/" + target;
      }
      if (!link.fragment().isEmpty() && !ids.apply(target).contains(link.fragment())) {
        return "link '" + link.written() + "': no anchor '#" + link.fragment() + "' in docs/" + target;
      }
      return null;
    }
    return files.contains(target) ? null : "link '" + link.written() + "' points to missing file docs/" + target;
  }
}
