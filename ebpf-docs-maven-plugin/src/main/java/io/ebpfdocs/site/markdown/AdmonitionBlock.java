package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * {@code !!! type "title"} (always shown), {@code ??? type "title"} (collapsed) or {@code ???+} (open).
 *
 * @param title null when none was written (the type is shown), "" for an explicit empty title
 */
public final class AdmonitionBlock extends Block {
  /** How the block is shown. */
  public enum Kind { ALWAYS, COLLAPSED, EXPANDED }

  private final Kind kind;
  private final String type;
  private final String title;

  public AdmonitionBlock(Kind kind, String type, String title) {
    this.kind = kind;
    this.type = type;
    this.title = title;
  }

  public Kind kind() {
    return kind;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
