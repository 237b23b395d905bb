package io.ebpfdocs.site.highlight;

import java.util.Set;

/** A small shell lexer: comments, strings, variables, keywords, options, numbers, prompts. */
final class BashLexer implements Highlighter {
  static final BashLexer INSTANCE = new BashLexer();

  private static final Set<String> KEYWORDS = Set.of(
      "if", "then", "else", "elif", "fi", "for", "in", "do", "done", "while", "until", "case", "esac",
      "function", "return", "export", "local", "sudo", "echo", "cd", "set", "exit");

  private BashLexer() {}

  @Override
  public void tokenize(String code, TokenSink sink) {
    Scanner s = new Scanner(code, sink);
    while (s.more()) {
      char c = s.peek(0);
      int from = s.pos;
      if (c == '#' && (s.pos == 0 || Character.isWhitespace(code.charAt(s.pos - 1)))) {
        s.pos = s.lineEnd();
        s.emit("c1", from);
      } else if (c == '"' || c == '\'') {
        s.skipQuoted(c);
        s.emit(c == '"' ? "s2" : "s1", from);
      } else if (c == '$' && (s.peek(1) == '{' || s.peek(1) == '(')) {
        int end = code.indexOf(s.peek(1) == '{' ? '}' : ')', s.pos);
        s.pos = end < 0 || end > s.lineEnd() ? s.lineEnd() : end + 1;
        s.emit("nv", from);
      } else if (c == '$' && Scanner.isWordChar(s.peek(1))) {
        s.pos++;
        s.skipWord();
        s.emit("nv", from);
      } else if (c == '-' && s.atWordStart() && (s.pos == 0 || code.charAt(s.pos - 1) == ' ')
          && (Character.isLetter(s.peek(1)) || s.peek(1) == '-')) {
        while (s.more() && !Character.isWhitespace(s.peek(0)) && s.peek(0) != '=') {
          s.pos++;
        }
        s.emit("na", from);
      } else if (Character.isDigit(c) && s.atWordStart()) {
        s.skipWord();
        s.emit("m", from);
      } else if (Scanner.isWordChar(c)) {
        s.skipWord();
        if (KEYWORDS.contains(code.substring(from, s.pos))) {
          s.emit("k", from);
        } else {
          int end = s.pos;
          s.pos = from;
          while (s.pos < end) {
            s.plain();
          }
        }
      } else {
        s.plain();
      }
    }
    s.finish();
  }
}
