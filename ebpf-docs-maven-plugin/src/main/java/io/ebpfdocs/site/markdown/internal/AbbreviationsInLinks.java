package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * Applies the page's abbreviations to link text too, as Python-Markdown's abbr does; flexmark's own
 * pass skips text inside links (its abbreviations may be links themselves).
 */
public final class AbbreviationsInLinks extends NodePostProcessor {
  private final NodePostProcessor abbreviations;

  private AbbreviationsInLinks(Document document) {
    this.abbreviations = new AbbreviationNodePostProcessor.Factory().apply(document);
  }

  @Override
  public void process(NodeTracker state, Node node) {
    if (node.getAncestorOfType(DoNotLinkDecorate.class) != null && node.getAncestorOfType(DoNotDecorate.class) == null) {
      abbreviations.process(state, node);
    }
  }

  public static final class Factory extends NodePostProcessorFactory {
    public Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new AbbreviationsInLinks(document);
    }
  }
}
