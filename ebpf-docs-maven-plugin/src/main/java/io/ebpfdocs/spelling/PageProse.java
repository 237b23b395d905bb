package io.ebpfdocs.spelling;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.site.FrontMatter;
import io.ebpfdocs.site.markdown.AdmonitionBlock;
import io.ebpfdocs.site.markdown.IconNode;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import io.ebpfdocs.site.markdown.TabBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one page, as source ranges: the text of headings, paragraphs, list items, table
 * cells, admonitions, tabs, footnotes and link texts as the site's parser sees it, the titles of
 * admonitions and tabs, abbreviation expansions, and the front matter's {@code title} and
 * {@code description}. Left out: code, HTML, URLs and link targets, images, icons, attribute lists,
 * footnote and abbreviation keys, {@code <nospell>…</nospell>}, and the generated regions whose text
 * comes from elsewhere (helper definitions from libbpf, the MTU table, kfunc signatures from BTF).
 */
final class PageProse {
  /** Regions filled from libbpf's comments, driver sources and kernel BTF: not written in the page. */
  static final List<Marker> FOREIGN_REGIONS =
      List.of(Marker.everyRegion("HELPER_FUNC_DEF"), Marker.everyRegion("MTU_TABLE"), Marker.everyRegion("KFUNC_DEF"));

  private static final Set<Class<? extends Node>> NOT_PROSE = Set.of(Code.class, FencedCodeBlock.class,
      IndentedCodeBlock.class, HtmlBlockBase.class, HtmlInlineBase.class, Image.class, ImageRef.class,
      AutoLink.class, MailLink.class, Reference.class, Footnote.class, Abbreviation.class, AttributesNode.class,
      IconNode.class);
  private static final Pattern NOSPELL = Pattern.compile("(?is)<nospell>.*?</nospell>");
  private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(?m)^(?:title|description):[ \\t]*(.*?)\\r?$");
  private static final List<String> CONTAINER_OPENINGS = List.of("!!!", "???", "===");

  /** A source range {@code [start, end)} of the page text. */
  record Range(int start, int end) {}

  private PageProse() {}

  /** The prose ranges of {@code page} (its full text), sorted, with the skipped parts cut out. */
  static List<Range> of(String page, String path, MarkdownRenderer markdown) throws DocsException {
    FrontMatter.Split split = FrontMatter.split(page, "docs/" + path);
    int bodyStart = page.length() - split.body().length();
    List<Range> prose = new ArrayList<>(frontMatter(page, bodyStart));
    Document document = markdown.parse(split.body(), path);
    collect(document, split.body(), bodyStart, prose);
    prose.sort(Comparator.comparingInt(Range::start));
    return subtract(prose, skipped(page, path));
  }

  private static void collect(Node node, String body, int bodyStart, List<Range> out) {
    for (Class<? extends Node> excluded : NOT_PROSE) {
      if (excluded.isInstance(node)) {
        return;
      }
    }
    if (node instanceof Text) {
      out.add(new Range(bodyStart + node.getStartOffset(), bodyStart + node.getEndOffset()));
      return;
    }
    if (node instanceof AbbreviationBlock abbreviation) {
      out.add(new Range(bodyStart + abbreviation.getAbbreviation().getStartOffset(),
          bodyStart + abbreviation.getAbbreviation().getEndOffset()));
      return;
    }
    // A tab's title is a string; an admonition's is parsed into a BlockTitle child, walked below.
    String title = node instanceof TabBlock t ? t.title() : null;
    if (title != null && !title.isEmpty()) {
      int line = openingLine(node, body);
      int at = body.indexOf('"' + title + '"', line);
      if (at >= 0) {
        out.add(new Range(bodyStart + at + 1, bodyStart + at + 1 + title.length()));
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, body, bodyStart, out);
    }
  }

  /**
   * Where the opening line of an admonition or tab starts. The node's own range covers only its
   * content, so the opening is the first line after what precedes the node that starts with
   * {@code !!!}, {@code ???} or {@code ===}.
   */
  private static int openingLine(Node node, String body) {
    int from = precedingEnd(node, body);
    for (int line = from; line < body.length(); ) {
      int end = body.indexOf('\n', line);
      end = end < 0 ? body.length() : end;
      String text = body.substring(line, end).strip();
      if (CONTAINER_OPENINGS.stream().anyMatch(text::startsWith)) {
        return line;
      }
      line = end + 1;
    }
    return from;
  }

  private static int precedingEnd(Node node, String body) {
    if (node.getPrevious() != null) {
      return node.getPrevious().getEndOffset();
    }
    Node parent = node.getParent();
    if (parent == null || parent instanceof Document) {
      return 0;
    }
    if (parent instanceof AdmonitionBlock || parent instanceof TabBlock) {
      int opening = openingLine(parent, body);
      int end = body.indexOf('\n', opening);
      return end < 0 ? body.length() : end + 1;
    }
    return parent.getStartOffset();
  }

  /** The values of the front matter's title and description (one line each, outer quotes left out). */
  private static List<Range> frontMatter(String page, int bodyStart) {
    List<Range> out = new ArrayList<>();
    Matcher m = FRONT_MATTER_FIELD.matcher(page).region(0, bodyStart);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (end - start >= 2 && (page.charAt(start) == '"' || page.charAt(start) == '\'')
          && page.charAt(end - 1) == page.charAt(start)) {
        start++;
        end--;
      }
      out.add(new Range(start, end));
    }
    return out;
  }

  /** {@code <nospell>} elements and the foreign generated regions, sorted. */
  private static List<Range> skipped(String page, String path) {
    List<Range> out = new ArrayList<>();
    Matcher m = NOSPELL.matcher(page);
    while (m.find()) {
      out.add(new Range(m.start(), m.end()));
    }
    Report ignored = new Report(); // damaged markers are check's to report
    for (Marker marker : FOREIGN_REGIONS) {
      for (MarkerEngine.Span span : MarkerEngine.spans("docs/" + path, page, marker, ignored)) {
        out.add(new Range(span.contentStart(), span.contentEnd()));
      }
    }
    out.sort(Comparator.comparingInt(Range::start));
    return out;
  }

  /** {@code ranges} minus {@code holes}; both sorted by start. */
  static List<Range> subtract(List<Range> ranges, List<Range> holes) {
    if (holes.isEmpty()) {
      return ranges;
    }
    List<Range> out = new ArrayList<>();
    for (Range range : ranges) {
      int start = range.start();
      for (Range hole : holes) {
        if (hole.end() <= start || hole.start() >= range.end()) {
          continue;
        }
        if (hole.start() > start) {
          out.add(new Range(start, hole.start()));
        }
        start = Math.max(start, hole.end());
      }
      if (start < range.end()) {
        out.add(new Range(start, range.end()));
      }
    }
    return out;
  }
}
