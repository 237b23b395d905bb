package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts an {@link IndentedContainerParser} on a line that matches {@code opening}; the first
 * character is checked before the pattern so most lines cost one comparison. (flexmark tells
 * factories apart by class, hence one subclass per construct.)
 */
public abstract class ContainerStartFactory implements CustomBlockParserFactory, Independent {
  private final String firstChars;
  private final Pattern opening;
  private final boolean interruptsParagraph;

  protected ContainerStartFactory(String firstChars, Pattern opening, boolean interruptsParagraph) {
    this.firstChars = firstChars;
    this.opening = opening;
    this.interruptsParagraph = interruptsParagraph;
  }

  /** The node for a matched opening line. */
  protected abstract Block block(Matcher opening);

  /** The group of {@code opening} holding a title to render as inline Markdown, or -1 for none. */
  protected int titleGroup() {
    return -1;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new AbstractBlockParserFactory(options) {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= IndentedContainerParser.CONTENT_INDENT
            || (!interruptsParagraph && matched.getBlockParser().isParagraphParser())) {
          return BlockStart.none();
        }
        BasedSequence line = state.getLine();
        int from = state.getNextNonSpaceIndex();
        if (from >= line.length() || firstChars.indexOf(line.charAt(from)) < 0) {
          return BlockStart.none();
        }
        BasedSequence text = line.subSequence(from, line.length()).trim();
        Matcher m = opening.matcher(text);
        if (!m.matches()) {
          return BlockStart.none();
        }
        int group = titleGroup();
        BasedSequence title = group < 0 || m.start(group) < 0 ? null : text.subSequence(m.start(group), m.end(group));
        return BlockStart.of(new IndentedContainerParser(block(m), title)).atIndex(line.length());
      }
    };
  }
}
