package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.ebpfdocs.site.markdown.internal.AbbreviationsInLinks;
import io.ebpfdocs.site.markdown.internal.AttributeListPlaces;
import io.ebpfdocs.site.markdown.internal.ListItemComparison;
import io.ebpfdocs.site.markdown.internal.MkDocsHeadingIds;
import io.ebpfdocs.site.markdown.internal.MkDocsLinkResolver;
import io.ebpfdocs.site.markdown.internal.PythonUnderscores;

/**
 * MkDocs compatibility: links to {@code x.md} become links to {@code x/index.html} (MkDocs' directory
 * URLs, written out in full so the site works from {@code file://}), relative asset links are shifted
 * for the extra directory level, heading ids follow MkDocs' default slugify, attribute lists are
 * taken only where Python-Markdown's attr_list takes them, abbreviations apply in link text too, a list
 * item may open with {@code >=}, and underscores pair as in Python-Markdown.
 */
public final class MkDocsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  /** Path of the page being rendered, relative to the docs folder ("linux/index.md"); set on the Document. */
  public static final DataKey<String> PAGE_PATH = new DataKey<>("EBPFDOCS_PAGE_PATH", "index.md");

  private MkDocsExtension() {}

  public static MkDocsExtension create() {
    return new MkDocsExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    options.set(Parser.BLOCK_QUOTE_PARSER, false); // replaced by ListItemComparison
    options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false); // replaced by PythonUnderscores
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new AttributeListPlaces.Factory());
    builder.customBlockParserFactory(new ListItemComparison());
    builder.postProcessorFactory(new AbbreviationsInLinks.Factory());
    builder.customDelimiterProcessor(new PythonUnderscores(Parser.STRONG_WRAPS_EMPHASIS.get(builder)));
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.linkResolverFactory(new MkDocsLinkResolver.Factory());
    builder.htmlIdGeneratorFactory(new MkDocsHeadingIds.Factory());
  }
}
