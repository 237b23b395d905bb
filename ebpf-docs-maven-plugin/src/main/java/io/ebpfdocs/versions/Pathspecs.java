package io.ebpfdocs.versions;

import java.util.List;

/**
 * Git pathspecs as {@code git grep} reads them without magic: a spec without wildcards names a file
 * or everything below a directory; a spec with wildcards is matched against the whole path with
 * {@code *} and {@code ?} crossing '/', so {@code arch/*} is every file below arch/, dotfiles
 * included.
 */
public final class Pathspecs {
  /** How much of a directory the pathspecs select. */
  public enum Coverage {
    NONE,
    SOME,
    ALL
  }

  private final List<String> specs;

  public Pathspecs(List<String> specs) {
    this.specs = List.copyOf(specs);
  }

  /** Whether the file at {@code path} ('/'-separated, relative to the root) is selected. */
  public boolean matches(String path) {
    for (String spec : specs) {
      if (matches(spec, path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String spec, String path) {
    if (path.equals(spec) || isBelow(path, spec)) {
      return true;
    }
    return literalLength(spec) < spec.length() && Wildmatch.matches(spec, path);
  }

  private static boolean isBelow(String path, String dir) {
    if (dir.endsWith("/")) {
      return path.startsWith(dir);
    }
    return path.length() > dir.length() && path.startsWith(dir) && path.charAt(dir.length()) == '/';
  }

  /** How much of the directory {@code dir} ('/'-separated, no trailing '/') is selected. */
  public Coverage coverage(String dir) {
    Coverage best = Coverage.NONE;
    String prefix = dir + "/";
    for (String spec : specs) {
      int literal = literalLength(spec);
      if (literal == spec.length()) {
        String specDir = spec.endsWith("/") ? spec.substring(0, spec.length() - 1) : spec;
        if (dir.equals(specDir) || isBelow(dir, specDir)) {
          return Coverage.ALL;
        }
        if (specDir.startsWith(prefix)) {
          best = Coverage.SOME;
        }
      } else {
        String head = spec.substring(0, literal);
        if (prefix.startsWith(head)) {
          if (spec.length() == literal + 1 && spec.charAt(literal) == '*') {
            return Coverage.ALL;
          }
          best = Coverage.SOME;
        } else if (head.startsWith(prefix)) {
          best = Coverage.SOME;
        }
      }
    }
    return best;
  }

  /** Length of the part before the first glob character, as git counts it. */
  private static int literalLength(String spec) {
    for (int i = 0; i < spec.length(); i++) {
      if ("*?[\\".indexOf(spec.charAt(i)) >= 0) {
        return i;
      }
    }
    return spec.length();
  }
}
