package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.ebpfdocs.site.markdown.IconNode;

/** Recognises {@code :set-name:} where the name is lower-case letters, digits and dashes with one dash at least. */
public final class IconInlineParser implements StatelessInlineParser {
  private static final int MAX_NAME = 64;

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int i = start + 1;
    boolean dash = false;
    while (i < input.length() && i - start <= MAX_NAME) {
      char c = input.charAt(i);
      if (c == ':') {
        break;
      }
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
      dash |= c == '-';
      i++;
    }
    if (i >= input.length() || input.charAt(i) != ':' || !dash || i == start + 1 || input.charAt(start + 1) == '-') {
      return false;
    }
    parser.flushTextNode();
    parser.getBlock().appendChild(new IconNode(input.subSequence(start, i + 1)));
    parser.setIndex(i + 1);
    return true;
  }

  public static final class Factory implements InlineParserExtensionFactory, Independent {
    @Override
    public CharSequence getCharacters() {
      return ":";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new IconInlineParser();
    }
  }
}
