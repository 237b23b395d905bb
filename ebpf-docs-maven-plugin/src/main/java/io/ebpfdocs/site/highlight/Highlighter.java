package io.ebpfdocs.site.highlight;

import java.util.List;
import java.util.Locale;

/** Build-time syntax highlighting: source text in, one HTML fragment per source line out. */
public interface Highlighter {

  /** Text without highlighting (unknown languages). */
  Highlighter PLAIN = (code, sink) -> sink.token(null, code);

  /** Splits {@code code} into tokens handed to {@code sink} in order; token text concatenates to the input. */
  void tokenize(String code, TokenSink sink);

  /** One escaped HTML line per source line, each span closed before the line ends (for hl_lines). */
  default List<String> highlightLines(String code) {
    return highlightLines(code, List.of(), List.of());
  }

  /** As {@link #highlightLines(String)}, with {@code links} ranges wrapped in {@code <a href>} from {@code hrefs}. */
  default List<String> highlightLines(String code, List<CodeLinks.Range> links, List<String> hrefs) {
    HtmlLines lines = new HtmlLines(links, hrefs);
    tokenize(code, lines);
    return lines.finish();
  }

  /** The highlighter for a fence or {@code #!lang} name; {@link #PLAIN} when we have none. */
  static Highlighter forLanguage(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "c", "h", "cpp", "c++" -> CLexer.INSTANCE;
      case "bash", "sh", "shell", "console", "shell-session", "zsh" -> BashLexer.INSTANCE;
      default -> PLAIN;
    };
  }
}
