package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python-Markdown's footnotes: a footnote's number is its definition's place among the page's
 * definitions (not the order of references), the n-th reference to label L is {@code fnref<n>:L}, and
 * the back-links close the footnote's last paragraph. flexmark creates one renderer per document.
 */
public final class FootnoteRenderer implements PhasedNodeRenderer {
  /** Definitions by label, in page order. */
  private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
  /** How many references to each label were written so far (rendering runs in page order). */
  private final Map<String, Integer> referencesSeen = new HashMap<>();
  /** All references per label, counted before rendering for the back-links. */
  private final Map<String, Integer> references = new HashMap<>();

  public FootnoteRenderer(DataHolder options) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Footnote.class, this::renderReference),
        new NodeRenderingHandler<>(FootnoteBlock.class, (block, context, html) -> { }));
  }

  @Override
  public Set<RenderingPhase> getRenderingPhases() {
    return Set.of(RenderingPhase.BODY_TOP, RenderingPhase.BODY_BOTTOM);
  }

  @Override
  public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
    if (phase == RenderingPhase.BODY_TOP) {
      new NodeVisitor(
          new VisitHandler<>(FootnoteBlock.class, b -> definitions.putIfAbsent(b.getText().toString(), b)),
          new VisitHandler<>(Footnote.class, f -> references.merge(f.getText().toString(), 1, Integer::sum)))
          .visit(document);
    } else if (!definitions.isEmpty()) {
      renderDefinitions(context, html);
    }
  }

  private void renderReference(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
    String label = footnote.getText().toString();
    if (!definitions.containsKey(label)) {
      html.text(footnote.getChars().toString()); // no definition: the text as written, like Python-Markdown
      return;
    }
    int n = referencesSeen.merge(label, 1, Integer::sum);
    String id = Html.escape(label);
    html.raw("<sup id=\"" + referenceId(n, id) + "\"><a class=\"footnote-ref\" href=\"#fn:" + id + "\">"
        + number(label) + "</a></sup>");
  }

  private void renderDefinitions(NodeRendererContext context, HtmlWriter html) {
    html.line().raw("<div class=\"footnote\">").line().raw("<hr />").line().raw("<ol>").line();
    for (Map.Entry<String, FootnoteBlock> definition : definitions.entrySet()) {
      String label = definition.getKey();
      html.raw("<li id=\"fn:" + Html.escape(label) + "\">").line();
      List<Node> children = new ArrayList<>();
      for (Node child = definition.getValue().getFirstChild(); child != null; child = child.getNext()) {
        children.add(child);
      }
      Node last = children.isEmpty() ? null : children.get(children.size() - 1);
      for (Node child : children) {
        if (child != last || !(child instanceof Paragraph)) {
          context.render(child);
        }
      }
      // Python-Markdown puts the back-links into the last paragraph, or into a new one after other blocks.
      html.raw("<p>");
      if (last instanceof Paragraph) {
        context.renderChildren(last);
      }
      html.raw("&#160;").raw(backLinks(label)).raw("</p>").line().raw("</li>").line();
    }
    html.raw("</ol>").line().raw("</div>").line();
  }

  private String backLinks(String label) {
    StringBuilder out = new StringBuilder();
    String id = Html.escape(label);
    for (int n = 1; n <= references.getOrDefault(label, 0); n++) {
      out.append("<a class=\"footnote-backref\" href=\"#").append(referenceId(n, id))
          .append("\" title=\"Jump back to footnote ").append(number(label)).append(" in the text\">&#8617;</a>");
    }
    return out.toString();
  }

  private int number(String label) {
    int n = 1;
    for (String defined : definitions.keySet()) {
      if (defined.equals(label)) {
        return n;
      }
      n++;
    }
    throw new IllegalStateException("no footnote " + label);
  }

  private static String referenceId(int n, String escapedLabel) {
    return (n == 1 ? "fnref:" : "fnref" + n + ":") + escapedLabel;
  }
}
