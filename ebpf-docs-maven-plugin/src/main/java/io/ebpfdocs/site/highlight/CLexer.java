package io.ebpfdocs.site.highlight;

import java.util.Set;

/** A small C lexer: comments, preprocessor lines, strings, numbers, keywords, types, function names. */
final class CLexer implements Highlighter {
  static final CLexer INSTANCE = new CLexer();

  private static final Set<String> KEYWORDS = Set.of(
      "break", "case", "continue", "default", "do", "else", "for", "goto", "if", "return", "sizeof",
      "switch", "while", "typedef", "struct", "union", "enum", "static", "extern", "const", "volatile",
      "inline", "__inline", "__always_inline", "register", "restrict", "asm", "__asm__", "typeof",
      "__typeof__", "_Static_assert", "NULL", "true", "false");
  private static final Set<String> TYPES = Set.of(
      "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "bool", "_Bool",
      "size_t", "ssize_t", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "__u8", "__u16",
      "__u32", "__u64", "__s8", "__s16", "__s32", "__s64", "__be16", "__be32", "__be64", "__le16",
      "__le32", "__le64", "__wsum", "__sum16", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t",
      "int16_t", "int32_t", "int64_t", "uintptr_t", "pid_t");

  private CLexer() {}

  @Override
  public void tokenize(String code, TokenSink sink) {
    Scanner s = new Scanner(code, sink);
    boolean lineStart = true;
    while (s.more()) {
      char c = s.peek(0);
      int from = s.pos;
      if (c == '/' && s.peek(1) == '/') {
        s.pos = s.lineEnd();
        s.emit("c1", from);
      } else if (c == '/' && s.peek(1) == '*') {
        int end = code.indexOf("*/", s.pos + 2);
        s.pos = end < 0 ? code.length() : end + 2;
        s.emit("cm", from);
      } else if (c == '#' && lineStart) {
        skipDirective(s);
        s.emit("cp", from);
      } else if (c == '"') {
        s.skipQuoted('"');
        s.emit("s", from);
      } else if (c == '\'') {
        s.skipQuoted('\'');
        s.emit("sc", from);
      } else if (Character.isDigit(c) && s.atWordStart()) {
        s.skipWord();
        s.emit("m", from);
      } else if (Scanner.isWordChar(c)) {
        s.skipWord();
        String word = code.substring(from, s.pos);
        String cssClass = KEYWORDS.contains(word) ? "k"
            : TYPES.contains(word) ? "kt"
            : s.nextNonBlank() == '(' ? "nf" : null;
        if (cssClass == null) {
          s.pos = from;
          while (s.pos < from + word.length()) {
            s.plain();
          }
        } else {
          s.emit(cssClass, from);
        }
      } else {
        s.plain();
      }
      if (c == '\n') {
        lineStart = true;
      } else if (c != ' ' && c != '\t') {
        lineStart = false;
      }
    }
    s.finish();
  }

  /** A directive runs to the line end, continued by a trailing backslash; a trailing comment stays a comment. */
  private static void skipDirective(Scanner s) {
    while (s.more()) {
      int end = s.lineEnd();
      int comment = s.text.indexOf("//", s.pos);
      if (comment >= 0 && comment < end) {
        s.pos = comment;
        return;
      }
      s.pos = end;
      if (end > 0 && s.text.charAt(end - 1) == '\\' && end < s.text.length()) {
        s.pos = end + 1;
      } else {
        return;
      }
    }
  }
}
