package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One {@code === "Title"} content tab; consecutive tabs form one tab set. */
public final class TabBlock extends Block {
  private final String title;
  private final boolean selected;

  public TabBlock(String title, boolean selected) {
    this.title = title;
    this.selected = selected;
  }

  public String title() {
    return title;
  }

  /** {@code ===+} marks the tab shown first. */
  public boolean selected() {
    return selected;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
