package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets flexmark's attribute parser see a {@code {…}} only where Python-Markdown's attr_list takes one:
 * right after an inline element ({@code ![d](d.svg){class=c}}), at the end of a heading after a space,
 * or on the last line of a block by itself. Anywhere else ("a {major}.{minor} version") it is text.
 */
public final class AttributeListPlaces implements StatelessInlineParser {
  /** attr_list's shape: an optional colon, then anything but a closing brace or newline, not blank. */
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:?[ ]*[^}\\n ][^}\\n]*[ ]*}");

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    Matcher m = ATTRIBUTE_LIST.matcher(input).region(start, input.length());
    if (m.lookingAt() && (followsElement(parser.getBlock(), input, start)
        || endsBlock(parser.getBlock(), input, start, m.end()))) {
      return false; // an attribute list: flexmark's attribute parser takes it
    }
    parser.appendText(input.subSequence(start, start + 1));
    parser.setIndex(start + 1);
    return true;
  }

  /** Right after an element: the last node parsed so far is no text and ends where the brace starts. */
  private static boolean followsElement(Node block, BasedSequence input, int start) {
    Node last = block.getLastChild();
    return last != null && last.getEndOffset() == input.subSequence(start).getStartOffset()
        && !(last instanceof Text || last instanceof SoftLineBreak || last instanceof HardLineBreak);
  }

  private static boolean endsBlock(Node block, BasedSequence input, int start, int end) {
    if (!input.subSequence(end, input.length()).isBlank()) {
      return false;
    }
    int before = start - 1;
    while (before >= 0 && input.charAt(before) == ' ') {
      before--;
    }
    if (block instanceof Heading) {
      return before < start - 1;
    }
    return before >= 0 && input.charAt(before) == '\n';
  }

  public static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "{";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new AttributeListPlaces();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(AttributesInlineParserExtension.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
