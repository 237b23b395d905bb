package io.ebpfdocs.site;

import java.util.ArrayDeque;

/**
 * Where MkDocs puts things: {@code a/b.md} is served from {@code a/b/index.html} (URL {@code a/b/}),
 * {@code a/index.md} from {@code a/index.html}. All paths are relative, '/'-separated.
 */
public final class SitePaths {
  private SitePaths() {}

  /** Output directory of a page's index.html relative to the site root, "" or ending in '/'. */
  public static String pageDir(String mdPath) {
    String stem = mdPath.substring(0, mdPath.length() - 3);
    if (stem.equals("index") || stem.endsWith("/index")) {
      return stem.substring(0, stem.length() - "index".length());
    }
    return stem + "/";
  }

  /** Source directory of a file, "" or ending in '/'. */
  public static String dirOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** Resolves a relative reference against a directory ("" or ending in '/'), folding "." and "..". */
  public static String resolve(String dir, String ref) {
    String joined = ref.startsWith("/") ? ref.substring(1) : dir + ref;
    ArrayDeque<String> parts = new ArrayDeque<>();
    String[] segments = joined.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
        if (last) {
          parts.add("");
        }
      } else if (s.equals(".") || (s.isEmpty() && !last)) {
        if (last) {
          parts.add("");
        }
      } else {
        parts.add(s);
      }
    }
    return String.join("/", parts);
  }

  /** Relative URL from directory {@code fromDir} to site path {@code target}. */
  public static String relative(String fromDir, String target) {
    String[] from = fromDir.isEmpty() ? new String[0] : fromDir.substring(0, fromDir.length() - 1).split("/");
    String[] to = target.split("/", -1);
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      out.append("../");
    }
    for (int i = common; i < to.length; i++) {
      out.append(to[i]);
      if (i < to.length - 1) {
        out.append('/');
      }
    }
    return out.toString();
  }

  /** "../" repeated to reach the site root from a page's output directory. */
  public static String rootFrom(String pageDir) {
    int depth = 0;
    for (int i = pageDir.indexOf('/'); i >= 0; i = pageDir.indexOf('/', i + 1)) {
      depth++;
    }
    return "../".repeat(depth);
  }

  /** "https:", "mailto:" and other URL schemes; such links are left alone. */
  public static boolean hasScheme(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i > 0;
      }
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return false;
  }
}
