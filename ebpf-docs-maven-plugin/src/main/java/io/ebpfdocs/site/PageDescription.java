package io.ebpfdocs.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page is about in one line: its front matter's {@code description}, else its first paragraph as text. */
final class PageDescription {
  private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private PageDescription() {}

  static String of(PageRenderer.RenderedPage page) {
    if (page.frontMatter().description() != null) {
      return page.frontMatter().description();
    }
    Matcher first = PARAGRAPH.matcher(page.html());
    if (!first.find()) {
      return "";
    }
    String text = TAG.matcher(first.group(1)).replaceAll("").replaceAll("\\s+", " ").strip();
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
