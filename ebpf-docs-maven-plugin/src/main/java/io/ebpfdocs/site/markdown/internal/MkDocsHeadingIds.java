package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.ebpfdocs.site.Slugs;
import io.ebpfdocs.site.markdown.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Heading ids as MkDocs makes them: explicit {@code {#id}} kept, others slugified and made unique. */
public final class MkDocsHeadingIds implements HtmlIdGenerator {

  @Override
  public void generateIds(Document document) {
    generateIds(document, null);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    List<Heading> headings = new ArrayList<>();
    collect(document, headings);
    Set<String> used = new HashSet<>();
    for (Heading h : headings) {
      if (h.isExplicitAnchorRefId() || !h.getAnchorRefId().isEmpty()) {
        used.add(h.getAnchorRefId());
      }
    }
    for (Heading h : headings) {
      if (h.getAnchorRefId().isEmpty()) {
        String text = PlainText.of(h);
        h.setAnchorRefId(Slugs.unique(Slugs.slugify(text), used));
      }
    }
  }

  private static void collect(Node node, List<Heading> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading heading) {
        out.add(heading);
      } else if (child.getFirstChild() != null) {
        collect(child, out);
      }
    }
  }

  @Override
  public String getId(Node node) {
    return node instanceof Heading heading ? heading.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return Slugs.slugify(text.toString());
  }

  public static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new MkDocsHeadingIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new MkDocsHeadingIds();
    }
  }
}
