package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.util.ast.Block;
import io.ebpfdocs.site.markdown.AdmonitionBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code !!! type "title"}, {@code ??? type "title"}, {@code ???+ type "title"}. Python-Markdown finds
 * these anywhere in a block, so they may interrupt a paragraph.
 */
public final class AdmonitionStartFactory extends ContainerStartFactory {
  public AdmonitionStartFactory() {
    super("!?", Pattern.compile("(!!!|\\?\\?\\?\\+?)\\s+([\\w-]+)(?:\\s+\"(.*)\")?"), true);
  }

  @Override
  protected int titleGroup() {
    return 3;
  }

  @Override
  protected Block block(Matcher m) {
    AdmonitionBlock.Kind kind = m.group(1).equals("!!!") ? AdmonitionBlock.Kind.ALWAYS
        : m.group(1).endsWith("+") ? AdmonitionBlock.Kind.EXPANDED : AdmonitionBlock.Kind.COLLAPSED;
    return new AdmonitionBlock(kind, m.group(2), m.group(3));
  }
}
