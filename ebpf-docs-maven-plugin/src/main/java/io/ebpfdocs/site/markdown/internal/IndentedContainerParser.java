package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;

/**
 * A container whose content is indented by 4 columns (spaces or a tab) after its opening line, with
 * blank lines inside and no lazy continuation: Python-Markdown's rule for admonitions and tabs.
 */
final class IndentedContainerParser extends AbstractBlockParser {
  static final int CONTENT_INDENT = 4;
  private final Block block;

  IndentedContainerParser(Block block) {
    this.block = block;
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
