package io.ebpfdocs.site.highlight;

import io.ebpfdocs.site.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects tokens into per-line HTML, closing a span at each line end and reopening it on the next,
 * and wrapping link ranges in {@code <a>} (tokens are split at link edges, so tags nest properly).
 */
final class HtmlLines implements TokenSink {
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private final List<CodeLinks.Range> links;
  private final List<String> hrefs;
  private int position;
  private int nextLink;

  /** @param hrefs the already-resolved href of each link range */
  HtmlLines(List<CodeLinks.Range> links, List<String> hrefs) {
    this.links = links;
    this.hrefs = hrefs;
  }

  @Override
  public void token(String cssClass, CharSequence text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isLinkEdge(position + i)) {
        append(cssClass, text.subSequence(start, i));
        toggleLink(position + i);
        start = i;
      }
      if (text.charAt(i) == '\n') {
        append(cssClass, text.subSequence(start, i));
        lines.add(line.toString());
        line.setLength(0);
        start = i + 1;
      }
    }
    append(cssClass, text.subSequence(start, text.length()));
    position += text.length();
  }

  private boolean isLinkEdge(int at) {
    if (nextLink >= links.size() * 2) {
      return false;
    }
    CodeLinks.Range link = links.get(nextLink / 2);
    return at == (nextLink % 2 == 0 ? link.start() : link.end());
  }

  private void toggleLink(int at) {
    if (nextLink % 2 == 0) {
      line.append("<a href=\"").append(Html.escape(hrefs.get(nextLink / 2))).append("\">");
    } else {
      line.append("</a>");
    }
    nextLink++;
    if (isLinkEdge(at)) { // an empty link text: close at once
      toggleLink(at);
    }
  }

  private void append(String cssClass, CharSequence piece) {
    if (piece.length() == 0) {
      return;
    }
    if (cssClass == null) {
      Html.escapeTo(piece, line);
    } else {
      line.append("<span class=\"").append(cssClass).append("\">");
      Html.escapeTo(piece, line);
      line.append("</span>");
    }
  }

  List<String> finish() {
    if (nextLink % 2 == 1) {
      line.append("</a>");
    }
    lines.add(line.toString());
    return lines;
  }
}
