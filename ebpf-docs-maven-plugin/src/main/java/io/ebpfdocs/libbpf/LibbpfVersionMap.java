package io.ebpfdocs.libbpf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release that introduced each libbpf API function, read from the version nodes of libbpf's
 * linker version script {@code src/libbpf.map}:
 *
 * <pre>
 * LIBBPF_0.5.0 {
 *   global:
 *     bpf_map__initial_value;
 *   local:
 *     *;
 * } LIBBPF_0.4.0;
 * </pre>
 *
 * @param releases function name to release (the version node's name without {@code LIBBPF_})
 * @param warnings problems found while reading
 */
public record LibbpfVersionMap(Map<String, String> releases, List<InputWarning> warnings) {
  private static final String NODE_PREFIX = "LIBBPF_";
  /** Words, and the punctuation of version scripts; comments are removed before. */
  private static final Pattern TOKEN = Pattern.compile("[^\\s{};:]+|[{};:]");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  public LibbpfVersionMap {
    releases = Map.copyOf(releases);
    warnings = List.copyOf(warnings);
  }

  public Optional<String> releaseOf(String function) {
    return Optional.ofNullable(releases.get(function));
  }

  /** Reads a version script; never fails, what it cannot read becomes a warning. */
  public static LibbpfVersionMap parse(String text) {
    return new Parser(tokens(text)).parse();
  }

  private record Token(String text, int line) {}

  private static List<Token> tokens(String text) {
    // Comments become spaces of the same line count so that token lines stay exact.
    Matcher comments = COMMENT.matcher(text);
    StringBuilder plain = new StringBuilder();
    while (comments.find()) {
      comments.appendReplacement(plain, comments.group().replaceAll("[^\\n]", " "));
    }
    comments.appendTail(plain);

    List<Token> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(plain);
    int line = 1;
    int counted = 0;
    while (token.find()) {
      for (; counted < token.start(); counted++) {
        if (plain.charAt(counted) == '\n') {
          line++;
        }
      }
      tokens.add(new Token(token.group(), line));
    }
    return tokens;
  }

  /** node := NAME '{' (LABEL ':' | SYMBOL ';')* '}' [PARENT] ';' */
  private static final class Parser {
    private final List<Token> tokens;
    private final Map<String, String> releases = new TreeMap<>();
    private final List<InputWarning> warnings = new ArrayList<>();
    private int next;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    LibbpfVersionMap parse() {
      while (next < tokens.size()) {
        Token name = tokens.get(next++);
        if (!is(next, "{")) {
          warnings.add(new InputWarning(name.line(), "expected a version node like 'LIBBPF_1.0.0 {', found '" + name.text() + "'"));
          continue;
        }
        next++;
        if (!name.text().startsWith(NODE_PREFIX)) {
          warnings.add(new InputWarning(name.line(), "version node '" + name.text() + "' is not named " + NODE_PREFIX
              + "x.y.z; its functions are ignored"));
        }
        readNodeBody(name.text(), name.line());
      }
      return new LibbpfVersionMap(releases, warnings);
    }

    private void readNodeBody(String node, int nodeLine) {
      boolean libbpfRelease = node.startsWith(NODE_PREFIX);
      String release = node.substring(libbpfRelease ? NODE_PREFIX.length() : 0);
      boolean global = true;
      while (next < tokens.size()) {
        Token token = tokens.get(next++);
        if (token.text().equals("}")) {
          skipParentAndSemicolon();
          return;
        }
        if (is(next, ":")) {
          global = !token.text().equals("local");
          next++;
        } else if (is(next, ";")) {
          next++;
          if (global && libbpfRelease) {
            releases.putIfAbsent(token.text(), release);
          }
        } else {
          warnings.add(new InputWarning(token.line(), "expected 'global:', 'local:' or 'symbol;', found '" + token.text() + "'"));
        }
      }
      warnings.add(new InputWarning(nodeLine, "version node " + node + " is not closed with '}'"));
    }

    private void skipParentAndSemicolon() {
      if (next < tokens.size() && !is(next, ";") && is(next + 1, ";")) {
        next++;
      }
      if (is(next, ";")) {
        next++;
      }
    }

    private boolean is(int index, String text) {
      return index < tokens.size() && tokens.get(index).text().equals(text);
    }

  }
}
