package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.AdmonitionRenderer;
import io.ebpfdocs.site.markdown.internal.AdmonitionStartFactory;

/**
 * Admonitions ({@code !!! type "title"}) and collapsibles ({@code ???}, {@code ???+}) with content
 * indented by 4 columns. {@code ???} renders as {@code <details>}, which opens without JavaScript.
 */
public final class AdmonitionExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private AdmonitionExtension() {}

  public static AdmonitionExtension create() {
    return new AdmonitionExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new AdmonitionStartFactory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(AdmonitionRenderer::new);
  }
}
