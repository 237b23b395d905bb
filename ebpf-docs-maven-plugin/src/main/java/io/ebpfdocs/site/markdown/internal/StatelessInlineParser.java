package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;

/** An inline parser extension that keeps nothing between calls, so has nothing to finish. */
interface StatelessInlineParser extends InlineParserExtension {
  @Override
  default void finalizeDocument(InlineParser inlineParser) {}

  @Override
  default void finalizeBlock(InlineParser inlineParser) {}
}
