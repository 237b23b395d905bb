package io.ebpfdocs.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** {@code sitemap.xml} as MkDocs writes it for a site with {@code site_url}: every page, dated where git dates it. */
final class Sitemap {
  static final String FILE = "sitemap.xml";
  static final String GZIP = "sitemap.xml.gz";

  private Sitemap() {}

  /**
   * @param pages docs-relative page paths, in site order
   * @param lastmod ISO dates by page; a page without one gets no {@code lastmod}
   */
  static String xml(String siteUrl, Collection<String> pages, Map<String, String> lastmod) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : pages) {
      out.append("    <url>\n         <loc>").append(Html.escape(siteUrl + "/" + SitePaths.pageDir(page)))
          .append("</loc>\n");
      String date = lastmod.get(page);
      if (date != null) {
        out.append("         <lastmod>").append(date).append("</lastmod>\n");
      }
      out.append("    </url>\n");
    }
    return out.append("</urlset>\n").toString();
  }

  /** The gzip of the XML; the same bytes for the same XML (no time in the header). */
  static byte[] gzip(String xml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
