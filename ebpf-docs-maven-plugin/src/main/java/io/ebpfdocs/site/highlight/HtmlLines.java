package io.ebpfdocs.site.highlight;

import io.ebpfdocs.site.Html;
import java.util.ArrayList;
import java.util.List;

/** Collects tokens into per-line HTML, closing a span at each line end and reopening it on the next. */
final class HtmlLines implements TokenSink {
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  @Override
  public void token(String cssClass, CharSequence text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        append(cssClass, text.subSequence(start, i));
        if (i < text.length()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        start = i + 1;
      }
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
    lines.add(line.toString());
    return lines;
  }
}
