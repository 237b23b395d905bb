package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The reader-visible text of a node (for heading ids, the TOC and search): text and code kept, HTML
 * tags, attribute lists and icon shortcodes dropped. A plain walk, cheaper than flexmark's
 * TextCollectingVisitor (which also trips an internal assertion on some of the real pages).
 */
public final class PlainText {
  private PlainText() {}

  public static String of(Node node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  public static void append(Node node, StringBuilder out) {
    if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof AttributesNode
        || node instanceof IconNode) {
      return;
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
      return;
    }
    Node child = node.getFirstChild();
    if (child == null) {
      out.append(node.getChars().unescape());
      return;
    }
    for (; child != null; child = child.getNext()) {
      append(child, out);
    }
  }
}
