package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.TabStartFactory;
import io.ebpfdocs.site.markdown.internal.TabSetRenderer;

/** pymdownx.tabbed (alternate style): {@code === "Title"} blocks as radio-button tabs that work without JS. */
public final class TabbedExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private TabbedExtension() {}

  public static TabbedExtension create() {
    return new TabbedExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new TabStartFactory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(TabSetRenderer::new);
  }
}
