package io.ebpfdocs.site.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The written title of a container ({@code !!! note "Uses `bpf_map`"}), parsed as inline Markdown like
 * Python-Markdown does; the first child of its block, rendered by the block's renderer.
 */
public final class BlockTitle extends Node {
  public BlockTitle(BasedSequence chars) {
    super(chars);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
