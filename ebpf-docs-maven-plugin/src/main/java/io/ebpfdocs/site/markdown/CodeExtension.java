package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.AnnotationListAttributes;
import io.ebpfdocs.site.markdown.internal.CodeRenderer;

/**
 * Build-time highlighting of fenced code ({@code hl_lines}, {@code title}, code annotations
 * {@code // (1)!}) and of inline {@code `#!c code`}; no client-side highlighter needed.
 */
public final class CodeExtension implements HtmlRenderer.HtmlRendererExtension {
  private CodeExtension() {}

  public static CodeExtension create() {
    return new CodeExtension();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(CodeRenderer::new);
    builder.attributeProviderFactory(AnnotationListAttributes.factory());
  }
}
