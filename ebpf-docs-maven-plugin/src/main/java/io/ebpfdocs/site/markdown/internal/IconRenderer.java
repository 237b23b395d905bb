package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.Icons;
import io.ebpfdocs.site.markdown.IconNode;
import java.util.Set;

/** Known icons become inline SVG; unknown shortcodes stay as the text the author wrote. */
public final class IconRenderer implements NodeRenderer {
  public IconRenderer(DataHolder options) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(IconNode.class, this::render));
  }

  private void render(IconNode node, NodeRendererContext context, HtmlWriter html) {
    html.raw(Icons.svg(node.name()).orElseGet(() -> Html.escape(node.getChars())));
  }
}
