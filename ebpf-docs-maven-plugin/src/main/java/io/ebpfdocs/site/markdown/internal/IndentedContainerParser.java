package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.ebpfdocs.site.markdown.BlockTitle;

/**
 * A container whose content is indented by 4 columns (spaces or a tab) after its opening line, with
 * blank lines inside and no lazy continuation: Python-Markdown's rule for admonitions and tabs.
 */
final class IndentedContainerParser extends AbstractBlockParser {
  static final int CONTENT_INDENT = 4;
  private final Block block;
  private final BasedSequence title;

  /** @param title the written title to parse as inline Markdown into a {@link BlockTitle}, or null */
  IndentedContainerParser(Block block, BasedSequence title) {
    this.block = block;
    this.title = title;
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (title != null && !title.isBlank()) {
      BlockTitle node = new BlockTitle(title);
      block.prependChild(node);
      inlineParser.parse(title, node);
    }
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) {
      return BlockContinue.atIndex(state.getNextNonSpaceIndex());
    }
    if (state.getIndent() >= CONTENT_INDENT) {
      return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
    }
    return BlockContinue.none();
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setCharsFromContent();
  }
}
