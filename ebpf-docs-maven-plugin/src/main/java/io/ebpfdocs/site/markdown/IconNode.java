package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An icon shortcode such as {@code :octicons-tag-24:}. */
public final class IconNode extends Node {
  public IconNode(BasedSequence chars) {
    super(chars);
  }

  /** The name between the colons. */
  public String name() {
    return getChars().subSequence(1, getChars().length() - 1).toString();
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
