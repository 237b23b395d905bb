package io.ebpfdocs.versions;

/**
 * git's wildmatch without WM_PATHNAME (how plain pathspecs are matched): '*' and '?' also match
 * '/', bracket expressions take '!' or '^' for negation, ranges and [:class:], and '\' quotes.
 */
final class Wildmatch {
  private Wildmatch() {}

  static boolean matches(String pattern, String text) {
    return match(pattern, 0, text, 0);
  }

  private static boolean match(String p, int pi, String t, int ti) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        while (pi < p.length() && p.charAt(pi) == '*') {
          pi++;
        }
        if (pi == p.length()) {
          return true;
        }
        for (int k = ti; k <= t.length(); k++) {
          if (match(p, pi, t, k)) {
            return true;
          }
        }
        return false;
      }
      if (ti >= t.length()) {
        return false;
      }
      char tc = t.charAt(ti);
      if (c == '?') {
        pi++;
      } else if (c == '[') {
        int end = bracketEnd(p, pi);
        if (end < 0) {
          if (tc != '[') {
            return false;
          }
          pi++;
        } else {
          if (!bracketMatches(p, pi + 1, end, tc)) {
            return false;
          }
          pi = end + 1;
        }
      } else {
        if (c == '\\' && pi + 1 < p.length()) {
          c = p.charAt(++pi);
        }
        if (c != tc) {
          return false;
        }
        pi++;
      }
      ti++;
    }
    return ti == t.length();
  }

  /** Index of the ']' closing the bracket opening at {@code open}, or -1. */
  private static int bracketEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    while (i < p.length() && p.charAt(i) != ']') {
      if (p.charAt(i) == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
        int close = p.indexOf(":]", i + 2);
        i = close < 0 ? i + 1 : close + 2;
      } else {
        i += p.charAt(i) == '\\' ? 2 : 1;
      }
    }
    return i < p.length() ? i : -1;
  }

  private static boolean bracketMatches(String p, int from, int end, char c) {
    boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
    int i = negate ? from + 1 : from;
    boolean hit = false;
    while (i < end) {
      char lo = p.charAt(i);
      if (lo == '[' && i + 1 < end && p.charAt(i + 1) == ':') {
        int close = p.indexOf(":]", i + 2);
        hit |= inClass(p.substring(i + 2, close), c);
        i = close + 2;
      } else {
        if (lo == '\\' && i + 1 < end) {
          lo = p.charAt(++i);
        }
        char hi = lo;
        if (i + 2 < end && p.charAt(i + 1) == '-') {
          hi = p.charAt(i + 2);
          if (hi == '\\' && i + 3 < end) {
            hi = p.charAt(i + 3);
            i++;
          }
          i += 2;
        }
        hit |= lo <= c && c <= hi;
        i++;
      }
    }
    return hit != negate;
  }

  private static boolean inClass(String name, char c) {
    return switch (name) {
      case "alnum" -> c < 128 && Character.isLetterOrDigit(c);
      case "alpha" -> c < 128 && Character.isLetter(c);
      case "digit" -> c >= '0' && c <= '9';
      case "lower" -> c >= 'a' && c <= 'z';
      case "upper" -> c >= 'A' && c <= 'Z';
      case "space" -> " \t\n\r\f\u000b".indexOf(c) >= 0;
      case "blank" -> c == ' ' || c == '\t';
      case "xdigit" -> Character.digit(c, 16) >= 0 && c < 128;
      case "punct" -> c > 32 && c < 127 && !Character.isLetterOrDigit(c);
      case "print" -> c >= 32 && c < 127;
      case "graph" -> c > 32 && c < 127;
      case "cntrl" -> c < 32 || c == 127;
      default -> false;
    };
  }
}
