package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's block quotes, except that a list item opening with {@code >=} ("* >= `num_cpus` if no bit
 * is set") keeps the comparison as text. Those lines follow a paragraph without a blank line, so
 * Python-Markdown reads them as paragraph text; this renderer makes them a list, and a list item must
 * then not turn the operator into a quote.
 */
public final class ListItemComparison implements CustomBlockParserFactory, Independent {
  private final CustomBlockParserFactory quotes = new BlockQuoteParser.Factory();

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory quote = quotes.apply(options);
    return new AbstractBlockParserFactory(options) {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        BasedSequence line = state.getLine();
        int from = state.getNextNonSpaceIndex();
        boolean itemStart = matched.getBlockParser().getBlock() instanceof ListItem item && !item.hasChildren();
        if (itemStart && line.length() > from + 1 && line.charAt(from) == '>' && line.charAt(from + 1) == '=') {
          return BlockStart.none();
        }
        return quote.tryStart(state, matched);
      }
    };
  }
}
