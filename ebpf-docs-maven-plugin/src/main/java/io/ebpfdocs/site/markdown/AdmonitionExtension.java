package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.AdmonitionRenderer;
import java.util.Map;

/**
 * Admonitions ({@code !!! type "title"}) and collapsibles ({@code ???}, {@code ???+}). Parsing is
 * flexmark's; rendering is ours: {@code ???} becomes {@code <details>}, which opens without JavaScript.
 */
public final class AdmonitionExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final com.vladsch.flexmark.ext.admonition.AdmonitionExtension parsing =
      com.vladsch.flexmark.ext.admonition.AdmonitionExtension.create();

  private AdmonitionExtension() {}

  public static AdmonitionExtension create() {
    return new AdmonitionExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    // Python-Markdown: content must be indented, a blank line does not end the block.
    options.set(com.vladsch.flexmark.ext.admonition.AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false);
    // flexmark's defaults for these are read from its jar for every document; we never use them.
    options.set(com.vladsch.flexmark.ext.admonition.AdmonitionExtension.QUALIFIER_TYPE_MAP, Map.of());
    options.set(com.vladsch.flexmark.ext.admonition.AdmonitionExtension.QUALIFIER_TITLE_MAP, Map.of());
    options.set(com.vladsch.flexmark.ext.admonition.AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    parsing.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    parsing.extend(builder);
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(AdmonitionRenderer::new);
  }
}
