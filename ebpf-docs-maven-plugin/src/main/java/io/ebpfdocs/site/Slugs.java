package io.ebpfdocs.site;

import java.text.Normalizer;
import java.util.Set;

/** Heading ids the way MkDocs' default {@code toc} slugify makes them, so deep links keep working. */
public final class Slugs {
  private Slugs() {}

  /** NFKD, drop non-ASCII, drop everything but word chars, spaces and '-', lower case, runs of space/'-' to '-'. */
  public static String slugify(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || Character.isWhitespace(c))) {
        kept.append(Character.toLowerCase(c));
      }
    }
    String trimmed = kept.toString().strip();
    StringBuilder slug = new StringBuilder(trimmed.length());
    boolean inRun = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean separator = c == '-' || Character.isWhitespace(c);
      if (separator) {
        if (!inRun) {
          slug.append('-');
        }
      } else {
        slug.append(c);
      }
      inRun = separator;
    }
    return slug.toString();
  }

  /** Python-Markdown's {@code unique}: an id already used gets {@code _1}, {@code _2}, ... */
  public static String unique(String id, Set<String> used) {
    String candidate = id;
    while (candidate.isEmpty() || used.contains(candidate)) {
      int underscore = candidate.lastIndexOf('_');
      if (underscore >= 0 && underscore < candidate.length() - 1 && isDigits(candidate, underscore + 1)) {
        int n = Integer.parseInt(candidate.substring(underscore + 1));
        candidate = candidate.substring(0, underscore) + "_" + (n + 1);
      } else {
        candidate = candidate + "_1";
      }
    }
    used.add(candidate);
    return candidate;
  }

  private static boolean isDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
