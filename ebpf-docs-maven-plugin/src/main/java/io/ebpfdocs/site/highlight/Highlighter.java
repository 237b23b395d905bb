package io.ebpfdocs.site.highlight;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Build-time syntax highlighting: source text in, one HTML fragment per source line out. */
public interface Highlighter {

  /** Splits {@code code} into tokens handed to {@code sink} in order; token text concatenates to the input. */
  void tokenize(String code, TokenSink sink);

  /** One escaped HTML line per source line, each span closed before the line ends (for hl_lines). */
  default List<String> highlightLines(String code) {
    HtmlLines lines = new HtmlLines();
    tokenize(code, lines);
    return lines.finish();
  }

  /** The highlighter for a fence or {@code #!lang} name, empty when we have none. */
  static Optional<Highlighter> forLanguage(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "c", "h", "cpp", "c++" -> Optional.of(CLexer.INSTANCE);
      case "bash", "sh", "shell", "console", "shell-session", "zsh" -> Optional.of(BashLexer.INSTANCE);
      default -> Optional.empty();
    };
  }
}
