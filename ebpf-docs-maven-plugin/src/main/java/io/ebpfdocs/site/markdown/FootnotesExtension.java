package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.FootnoteRenderer;

/**
 * Footnotes parsed by flexmark and rendered as Python-Markdown renders them: numbered in the order
 * of their definitions, back-links at the end of the footnote's last paragraph.
 */
public final class FootnotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final FootnoteExtension parsing = FootnoteExtension.create();

  private FootnotesExtension() {}

  public static FootnotesExtension create() {
    return new FootnotesExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
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
    builder.nodeRendererFactory(FootnoteRenderer::new);
  }
}
