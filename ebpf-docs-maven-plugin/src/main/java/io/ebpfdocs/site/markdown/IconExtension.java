package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.IconInlineParser;
import io.ebpfdocs.site.markdown.internal.IconRenderer;

/** Icon shortcodes ({@code :octicons-tag-24:}) rendered as inline SVG from {@link io.ebpfdocs.site.Icons}. */
public final class IconExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private IconExtension() {}

  public static IconExtension create() {
    return new IconExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new IconInlineParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(IconRenderer::new);
  }
}
