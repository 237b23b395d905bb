package io.ebpfdocs.site;

/** HTML escaping shared by the renderers and the page template. */
public final class Html {
  private Html() {}

  public static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeTo(text, out);
    return out.toString();
  }

  public static void escapeTo(CharSequence text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
