package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import io.ebpfdocs.site.highlight.CodeLinks;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import io.ebpfdocs.site.markdown.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Renders one page's Markdown to its content HTML plus what the site needs to know about it. */
public final class PageRenderer {
  /** Search text kept per section: enough to find terms, small enough for an index loaded in the browser. */
  private static final int SECTION_TEXT_LIMIT = 1500;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final MarkdownRenderer markdown;

  public PageRenderer(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** The content of one page. */
  public record RenderedPage(String html, FrontMatter frontMatter, List<PageModel.TocEntry> toc, PageModel model) {}

  public RenderedPage render(String path, String source) throws DocsException {
    FrontMatter.Split split = FrontMatter.split(source, "docs/" + path);
    Document document = markdown.parse(split.body(), path);
    String html = markdown.render(document); // also assigns heading ids
    List<PageModel.TocEntry> toc = new ArrayList<>();
    List<PageModel.Section> sections = new ArrayList<>();
    collectSections(document, toc, sections);
    List<PageModel.PageLink> links = new ArrayList<>();
    List<PageModel.UndefinedReference> undefined = new ArrayList<>();
    int lineOffset = split.frontMatter().lines();
    LineIndex lines = new LineIndex(split.body());
    new NodeVisitor(
        new VisitHandler<>(Link.class,
            l -> addLink(links, path, l.getUrl().toString(), lines.line(l.getStartOffset()) + lineOffset)),
        new VisitHandler<>(LinkRef.class, ref -> addUndefined(undefined, ref, lines.line(ref.getStartOffset()) + lineOffset)),
        new VisitHandler<>(ImageRef.class, ref -> addUndefined(undefined, ref, lines.line(ref.getStartOffset()) + lineOffset)),
        new VisitHandler<>(Image.class,
            i -> addLink(links, path, i.getUrl().toString(), lines.line(i.getStartOffset()) + lineOffset)),
        new VisitHandler<>(FencedCodeBlock.class, code -> {
          if (code.getInfo().isBlank()) {
            return; // unhighlighted blocks keep link syntax as text
          }
          int first = lines.line(code.getStartOffset()) + 1 + lineOffset; // the line after the opening fence
          for (CodeLinks.Found found : CodeLinks.find(code.getContentChars().toString())) {
            addLink(links, path, found.url(), first + found.line());
          }
        }))
        .visit(document);
    String title = split.frontMatter().title() != null ? split.frontMatter().title() : firstH1(toc, path);
    PageModel model = new PageModel(path, title, sections, links, undefined, ids(html));
    return new RenderedPage(html, split.frontMatter(), toc, model);
  }

  private static String firstH1(List<PageModel.TocEntry> toc, String path) {
    for (PageModel.TocEntry e : toc) {
      if (e.level() == 1) {
        return e.text();
      }
    }
    String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
    return name.equals("index") && path.contains("/") ? SitePaths.dirOf(path).replaceAll(".*?([^/]+)/$", "$1") : name;
  }

  /** Headings (for the TOC) and the text between them (for search), in document order. */
  private static void collectSections(Document document, List<PageModel.TocEntry> toc, List<PageModel.Section> out) {
    StringBuilder text = new StringBuilder();
    String[] current = {"", ""};
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        flush(out, current, text);
        String headingText = PlainText.of(heading).strip();
        toc.add(new PageModel.TocEntry(heading.getLevel(), heading.getAnchorRefId(), headingText));
        current[0] = heading.getAnchorRefId();
        current[1] = headingText;
      } else if (text.length() < SECTION_TEXT_LIMIT) {
        PlainText.append(node, text);
        text.append(' ');
      }
    }
    flush(out, current, text);
  }

  private static void flush(List<PageModel.Section> out, String[] current, StringBuilder text) {
    String body = SPACES.matcher(text).replaceAll(" ").strip();
    if (body.length() > SECTION_TEXT_LIMIT) {
      body = body.substring(0, SECTION_TEXT_LIMIT);
    }
    if (!body.isEmpty() || !current[0].isEmpty()) {
      out.add(new PageModel.Section(current[0], current[1], body));
    }
    text.setLength(0);
  }

  /** A reference written with two bracket pairs and no definition: meant as a link, so reported. */
  private static void addUndefined(List<PageModel.UndefinedReference> out, RefNode ref, int line) {
    if (!ref.isDefined() && ref.getTextOpeningMarker().isNotNull()) {
      out.add(new PageModel.UndefinedReference(line, ref.getChars().toString()));
    }
  }

  private static void addLink(List<PageModel.PageLink> links, String path, String url, int line) {
    if (url.isEmpty() || url.startsWith("/") || SitePaths.hasScheme(url)) {
      return;
    }
    int hash = url.indexOf('#');
    String file = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash + 1);
    String target;
    if (file.isEmpty()) {
      target = path;
    } else {
      target = SitePaths.resolve(SitePaths.dirOf(path), file);
      if (target.endsWith(".md/")) {
        target = target.substring(0, target.length() - 1);
      } else if (target.isEmpty() || target.endsWith("/")) {
        target = target + "index.md";
      }
    }
    links.add(new PageModel.PageLink(line, url, target, fragment));
  }

  /** Every id attribute in the rendered HTML: headings, footnotes, raw HTML anchors. */
  private static Set<String> ids(String html) {
    Set<String> ids = new HashSet<>();
    int i = 0;
    while ((i = html.indexOf(" id=\"", i)) >= 0) {
      int end = html.indexOf('"', i + 5);
      if (end < 0) {
        break;
      }
      ids.add(html.substring(i + 5, end));
      i = end;
    }
    return Set.copyOf(ids);
  }
}
