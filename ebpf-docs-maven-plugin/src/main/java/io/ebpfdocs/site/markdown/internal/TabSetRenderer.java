package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.markdown.TabBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a run of sibling {@link TabBlock}s as one tab set: radio inputs and labels first, then the
 * panels, so pure CSS ({@code :checked ~}) shows the selected panel and JS is only a nicety.
 */
public final class TabSetRenderer implements NodeRenderer {
  private int setCount;

  public TabSetRenderer(DataHolder options) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(TabBlock.class, this::render));
  }

  private void render(TabBlock first, NodeRendererContext context, HtmlWriter html) {
    if (first.getPrevious() instanceof TabBlock) {
      return; // rendered with the first tab of its run
    }
    List<TabBlock> tabs = new ArrayList<>();
    for (Node n = first; n instanceof TabBlock tab; n = n.getNext()) {
      tabs.add(tab);
    }
    int selected = 0;
    for (int i = 0; i < tabs.size(); i++) {
      if (tabs.get(i).selected()) {
        selected = i;
      }
    }
    String name = "__tabbed_" + (++setCount);
    StringBuilder head = new StringBuilder("<div class=\"tabbed-set\" data-tabs=\"" + tabs.size() + "\">");
    for (int i = 0; i < tabs.size(); i++) {
      String id = name + "_" + (i + 1);
      head.append("<input type=\"radio\" name=\"").append(name).append("\" id=\"").append(id).append('"')
          .append(i == selected ? " checked" : "").append("><label for=\"").append(id).append("\">");
      Html.escapeTo(tabs.get(i).title(), head);
      head.append("</label>");
    }
    html.raw(head.append("<div class=\"tabbed-content\">")).line();
    for (TabBlock tab : tabs) {
      html.raw("<div class=\"tabbed-block\">").line();
      context.renderChildren(tab);
      html.raw("</div>").line();
    }
    html.raw("</div></div>").line();
  }
}
