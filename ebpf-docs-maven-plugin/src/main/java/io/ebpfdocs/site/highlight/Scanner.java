package io.ebpfdocs.site.highlight;

/** Cursor over source text with the small scanning steps both lexers share. */
final class Scanner {
  final String text;
  int pos;
  private int plainStart = -1;
  private final TokenSink sink;

  Scanner(String text, TokenSink sink) {
    this.text = text;
    this.sink = sink;
  }

  boolean more() {
    return pos < text.length();
  }

  char peek(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }

  boolean startsWith(String s) {
    return text.startsWith(s, pos);
  }

  /** Emits text[from, pos) with a class, after flushing pending plain text. */
  void emit(String cssClass, int from) {
    flushPlain(from);
    sink.token(cssClass, text.substring(from, pos));
  }

  /** Marks one char at pos as plain text and advances. */
  void plain() {
    if (plainStart < 0) {
      plainStart = pos;
    }
    pos++;
  }

  void finish() {
    flushPlain(pos);
  }

  private void flushPlain(int upTo) {
    if (plainStart >= 0) {
      sink.token(null, text.substring(plainStart, upTo));
      plainStart = -1;
    }
  }

  int lineEnd() {
    int nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length() : nl;
  }

  /** Advances past a quoted string starting at pos (backslash escapes), stopping at the line end if unclosed. */
  void skipQuoted(char quote) {
    pos++;
    while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    pos = Math.min(text.length(), pos + 1);
  }

  void skipWord() {
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
  }

  boolean atWordStart() {
    return pos == 0 || !isWordChar(text.charAt(pos - 1));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Next non-blank char after pos on the same line, or '\0'. */
  char nextNonBlank() {
    int i = pos;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() ? text.charAt(i) : '\0';
  }
}
