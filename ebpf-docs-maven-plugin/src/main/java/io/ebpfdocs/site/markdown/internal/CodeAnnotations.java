package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Material's code annotations: a trailing comment {@code (N)} or {@code (N)!} in a code block whose next
 * sibling is an ordered list; item N of that list is the annotation's text.
 */
final class CodeAnnotations {
  /** Comment opener, marker, optional '!' (drop the comment too), optional comment closer. */
  private static final Pattern MARKER =
      Pattern.compile("(\\s*(?://|#|/\\*|<!--|--|;)\\s*)\\((\\d+)\\)(!)?(\\s*(?:\\*/|-->))?\\s*$");

  private CodeAnnotations() {}

  /** A marker line: the code before it, the number, and the comment text kept when the marker lacks '!'. */
  record Marked(String code, int number, boolean dropComment, String commentPrefix, String commentSuffix) {}

  static boolean isAnnotated(FencedCodeBlock block) {
    return block.getNext() instanceof OrderedList && hasMarkerLine(block);
  }

  private static boolean hasMarkerLine(FencedCodeBlock block) {
    for (String line : block.getContentChars().toString().split("\n")) {
      if (MARKER.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** The annotated code block just before an ordered list, or null. */
  static FencedCodeBlock annotatedBlockBefore(Node list) {
    return list instanceof OrderedList && list.getPrevious() instanceof FencedCodeBlock code && isAnnotated(code)
        ? code : null;
  }

  static String idPrefix(FencedCodeBlock block) {
    return "__code_" + block.getStartOffset() + "_annotation_";
  }

  /** Splits a source line into the code before the marker and the marker, or null without one. */
  static Marked parse(String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return null;
    }
    return new Marked(line.substring(0, m.start()), Integer.parseInt(m.group(2)), m.group(3) != null, m.group(1),
        m.group(4) == null ? "" : m.group(4));
  }
}
