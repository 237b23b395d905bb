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

  /** Text content of an HTML fragment: tags dropped, the common entities decoded. */
  public static String text(CharSequence html) {
    StringBuilder out = new StringBuilder(html.length());
    boolean inTag = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (inTag) {
        inTag = c != '>';
      } else if (c == '<') {
        inTag = true;
      } else if (c == '&') {
        int end = indexOf(html, ';', i, 8);
        String entity = end < 0 ? null : decode(html.subSequence(i + 1, end).toString());
        if (entity == null) {
          out.append(c);
        } else {
          out.append(entity);
          i = end;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int indexOf(CharSequence s, char c, int from, int max) {
    for (int i = from; i < s.length() && i < from + max; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "#39", "apos" -> "'";
      case "nbsp" -> " ";
      default -> name.startsWith("#x") ? codePoint(name.substring(2), 16)
          : name.startsWith("#") ? codePoint(name.substring(1), 10) : null;
    };
  }

  private static String codePoint(String digits, int radix) {
    try {
      return new String(Character.toChars(Integer.parseInt(digits, radix)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
