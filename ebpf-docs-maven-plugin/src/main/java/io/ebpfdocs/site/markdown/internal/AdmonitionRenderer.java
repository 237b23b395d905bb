package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.markdown.AdmonitionBlock;
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
        html.raw("<p class=\"admonition-title\">" + Html.escape(title) + "</p>");
      }
      html.line();
      context.renderChildren(node);
      html.raw("</div>").line();
    } else {
      html.raw("<details class=\"admonition " + cssClass + "\""
              + (node.kind() == AdmonitionBlock.Kind.EXPANDED ? " open" : "") + ">")
          .raw("<summary>" + Html.escape(title.isEmpty() ? capitalize(type) : title) + "</summary>").line();
      context.renderChildren(node);
      html.raw("</details>").line();
    }
  }

  private static String capitalize(String type) {
    return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }
}
