package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.Html;
import com.vladsch.flexmark.util.ast.Node;
import io.ebpfdocs.site.markdown.AdmonitionBlock;
import io.ebpfdocs.site.markdown.BlockTitle;
import java.util.Locale;
import java.util.Set;

/** {@code !!!} as a titled div; {@code ???}/{@code ???+} as closed/open {@code <details>}. */
public final class AdmonitionRenderer implements NodeRenderer {
  public AdmonitionRenderer(DataHolder options) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
  }

  private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
    String type = node.type().toLowerCase(Locale.ROOT);
    // An explicit empty title ("") hides the title bar; no title at all shows the capitalised type.
    String title = node.title() == null ? capitalize(type) : node.title();
    String cssClass = Html.escape(type);
    if (node.kind() == AdmonitionBlock.Kind.ALWAYS) {
      html.raw("<div class=\"admonition " + cssClass + "\">");
      if (!title.isEmpty()) {
        html.raw("<p class=\"admonition-title\">");
        renderTitle(node, title, context, html);
        html.raw("</p>");
      }
      html.line();
      renderContent(node, context);
      html.raw("</div>").line();
    } else {
      html.raw("<details class=\"admonition " + cssClass + "\""
              + (node.kind() == AdmonitionBlock.Kind.EXPANDED ? " open" : "") + ">")
          .raw("<summary>");
      renderTitle(node, title.isEmpty() ? capitalize(type) : title, context, html);
      html.raw("</summary>").line();
      renderContent(node, context);
      html.raw("</details>").line();
    }
  }

  /** The written title as parsed inline Markdown, else the default (the capitalised type). */
  private static void renderTitle(AdmonitionBlock node, String fallback, NodeRendererContext context, HtmlWriter html) {
    if (node.getFirstChild() instanceof BlockTitle written) {
      context.renderChildren(written);
    } else {
      html.raw(Html.escape(fallback));
    }
  }

  private static void renderContent(AdmonitionBlock node, NodeRendererContext context) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof BlockTitle)) {
        context.render(child);
      }
    }
  }

  private static String capitalize(String type) {
    return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }
}
