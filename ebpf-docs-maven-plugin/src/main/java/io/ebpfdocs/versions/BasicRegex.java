package io.ebpfdocs.versions;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates a git grep pattern (POSIX basic regular expression with the GNU extensions git gets
 * from the C library) into java.util.regex syntax.
 *
 * <p>Known difference: POSIX picks the leftmost-longest match, Java the leftmost match of the
 * first alternative. It matters only for alternations under {@code -w}, where git retries after a
 * failed match.
 */
final class BasicRegex {

  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "\\p{Digit}"),
          Map.entry("alnum", "\\p{Alnum}"), Map.entry("upper", "\\p{Upper}"),
          Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s\\x0B"),
          Map.entry("blank", " \\t"), Map.entry("punct", "\\p{Punct}"),
          Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"),
          Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"));

  private BasicRegex() {}

  /** Compiles the translation; lines are matched one at a time, so '.' may match anything. */
  static Pattern compile(String bre) {
    return Pattern.compile(toJava(bre), Pattern.MULTILINE | Pattern.DOTALL);
  }

  static String toJava(String bre) {
    StringBuilder out = new StringBuilder();
    int n = bre.length();
    boolean atStart = true; // where '*' is literal and '^' is an anchor
    for (int i = 0; i < n; i++) {
      char c = bre.charAt(i);
      boolean nextAtStart = false;
      switch (c) {
        case '\\' -> {
          if (i + 1 >= n) {
            throw new IllegalArgumentException("trailing backslash");
          }
          char e = bre.charAt(++i);
          switch (e) {
            case '(' -> {
              out.append('(');
              nextAtStart = true;
            }
            case '|' -> {
              out.append('|');
              nextAtStart = true;
            }
            case ')', '{', '}', '+', '?' -> out.append(e);
            case '<' -> out.append("\\b(?=\\w)");
            case '>' -> out.append("\\b(?<=\\w)");
            case 'b', 'B', 'w', 'W', 's', 'S' -> out.append('\\').append(e);
            case '`' -> out.append("\\A");
            case '\'' -> out.append("\\z");
            default -> {
              if (e >= '1' && e <= '9') {
                out.append('\\').append(e);
              } else {
                out.append(Pattern.quote(String.valueOf(e)));
              }
            }
          }
        }
        case '*' -> out.append(atStart ? "\\*" : "*");
        case '^' -> {
          out.append(atStart ? "^" : "\\^");
          nextAtStart = atStart;
        }
        case '$' -> out.append(endsHere(bre, i + 1) ? "$" : "\\$");
        case '.' -> out.append('.');
        case '[' -> i = bracket(bre, i, out);
        default -> {
          if ("+?(){}|".indexOf(c) >= 0) {
            out.append('\\').append(c);
          } else {
            out.append(c);
          }
        }
      }
      atStart = nextAtStart;
    }
    String java = out.toString();
    Pattern.compile(java); // reports unbalanced groups and bad intervals
    return java;
  }

  private static boolean endsHere(String bre, int i) {
    return i == bre.length() || bre.startsWith("\\)", i) || bre.startsWith("\\|", i);
  }

  /** Translates the bracket expression opening at {@code open}; returns the index of its ']'. */
  private static int bracket(String bre, int open, StringBuilder out) {
    int i = open + 1;
    StringBuilder set = new StringBuilder("[");
    if (i < bre.length() && bre.charAt(i) == '^') {
      set.append("^\\n");
      i++;
    }
    boolean first = true;
    while (i < bre.length()) {
      char c = bre.charAt(i);
      if (c == ']' && !first) {
        out.append(set).append(']');
        return i;
      }
      if (c == '[' && i + 1 < bre.length() && ":.=".indexOf(bre.charAt(i + 1)) >= 0) {
        char kind = bre.charAt(i + 1);
        int close = bre.indexOf(kind + "]", i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("unterminated [" + kind + " in bracket expression");
        }
        String name = bre.substring(i + 2, close);
        if (kind == ':') {
          String cls = CLASSES.get(name);
          if (cls == null) {
            throw new IllegalArgumentException("unknown character class [:" + name + ":]");
          }
          set.append(cls);
        } else {
          set.append(escapeInSet(name));
        }
        i = close + 2;
      } else {
        set.append(c == '-' ? "-" : escapeInSet(String.valueOf(c)));
        i++;
      }
      first = false;
    }
    throw new IllegalArgumentException("unterminated bracket expression");
  }

  private static String escapeInSet(String chars) {
    StringBuilder out = new StringBuilder();
    for (char c : chars.toCharArray()) {
      if ("\\[]^&-".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
