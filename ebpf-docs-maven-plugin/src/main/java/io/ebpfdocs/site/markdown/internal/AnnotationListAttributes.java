package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Marks the ordered list after an annotated code block so markers can link to its items. */
public final class AnnotationListAttributes implements AttributeProvider {
  private AnnotationListAttributes() {}

  public static IndependentAttributeProviderFactory factory() {
    return new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return new AnnotationListAttributes();
      }
    };
  }

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof OrderedList && CodeAnnotations.annotatedBlockBefore(node) != null) {
      attributes.addValue("class", "code-annotations");
    } else if (node instanceof ListItem item) {
      FencedCodeBlock code = CodeAnnotations.annotatedBlockBefore(item.getParent());
      if (code != null) {
        int number = ((OrderedList) item.getParent()).getStartNumber();
        for (Node n = item.getPrevious(); n != null; n = n.getPrevious()) {
          number++;
        }
        attributes.replaceValue("id", CodeAnnotations.idPrefix(code) + number);
      }
    }
  }
}
