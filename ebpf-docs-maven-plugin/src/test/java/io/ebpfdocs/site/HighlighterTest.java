package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.site.highlight.Highlighter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  private static final String ALPHABET = "ab_1 \t\n\"'/*#\\()<>&$-{}.;x0";

  @Test
  void tokensAlwaysReassembleTheInput() {
    Random random = new Random(42);
    for (String language : List.of("c", "bash")) {
      Highlighter h = Highlighter.forLanguage(language);
      for (int run = 0; run < 2000; run++) {
        StringBuilder code = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
          code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        StringBuilder joined = new StringBuilder();
        h.tokenize(code.toString(), (cssClass, text) -> joined.append(text));
        assertEquals(code.toString(), joined.toString(), language + " lost text");
        String text = String.join("\n", h.highlightLines(code.toString())).replaceAll("<[^>]+>", "")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        assertEquals(code.toString(), text, language + " lines lost text");
      }
    }
  }

  @Test
  void classifiesCTokens() {
    assertEquals(List.of("<span class=\"kt\">int</span> <span class=\"nf\">f</span>(<span class=\"k\">struct</span> s *p)"
            + " <span class=\"c1\">// x</span>"),
        Highlighter.forLanguage("c").highlightLines("int f(struct s *p) // x"));
  }

  @Test
  void spansDoNotCrossLines() {
    assertEquals(List.of("<span class=\"cm\">/* a</span>", "<span class=\"cm\">b */</span>"),
        Highlighter.forLanguage("c").highlightLines("/* a\nb */"));
  }
}
