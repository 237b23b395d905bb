package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import io.ebpfdocs.site.markdown.TabBlock;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code === "Title"} followed by content indented 4 columns (no lazy continuation). */
public final class TabBlockParser extends AbstractBlockParser {
  private static final Pattern START = Pattern.compile("^===(\\+)?\\s+\"(.*)\"\\s*$");
  private static final int CONTENT_INDENT = 4;

  private final TabBlock block;

  private TabBlockParser(TabBlock block) {
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

  public static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CONTENT_INDENT || matched.getBlockParser().isParagraphParser()) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine();
      int from = state.getNextNonSpaceIndex();
      if (line.length() - from < 5 || line.charAt(from) != '=') {
        return BlockStart.none();
      }
      Matcher m = START.matcher(line.subSequence(from, line.length()).toString().stripTrailing());
      if (!m.matches()) {
        return BlockStart.none();
      }
      TabBlockParser parser = new TabBlockParser(new TabBlock(m.group(2), m.group(1) != null));
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
