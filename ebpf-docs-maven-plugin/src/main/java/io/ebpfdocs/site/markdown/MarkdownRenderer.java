package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Parser and one HtmlRenderer of the site, built once from one option set and shared by all
 * rendering threads (flexmark's parser and renderer are immutable and thread-safe once built).
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        FootnotesExtension.create(),
        AbbreviationExtension.create(),
        AttributesExtension.create(),
        AdmonitionExtension.create(),
        TabbedExtension.create(),
        IconExtension.create(),
        CodeExtension.create(),
        MkDocsExtension.create()));
    // Tables as Python-Markdown's: no column spans, ragged rows padded or cut.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Parses a page body; {@code pagePath} (relative to docs/) drives link rewriting. */
  public Document parse(String markdown, String pagePath) {
    Document document = parser.parse(markdown);
    document.set(MkDocsExtension.PAGE_PATH, pagePath);
    return document;
  }

  public String render(Document document) {
    return renderer.render(document);
  }
}
