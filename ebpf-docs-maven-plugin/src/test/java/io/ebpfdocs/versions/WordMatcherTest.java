package io.ebpfdocs.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordMatcherTest {

  private static boolean present(String name, List<String> regexes, String text) {
    PatternConfig config = new PatternConfig(List.of("*"), List.of(),
        List.of(new PatternConfig.Group("g", List.of(new PatternConfig.Feature(name, regexes)))));
    return new WordMatcher(new FeatureIndex(config))
        .scan(text.getBytes(StandardCharsets.ISO_8859_1)).contains(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "BPF_MAP_TYPE_HASH | #define BPF_MAP_TYPE_HASH 1 | true",
    "BPF_MAP_TYPE_HASH | BPF_MAP_TYPE_HASH_OF_MAPS, | false",
    "BPF_MAP_TYPE_HASH | xBPF_MAP_TYPE_HASH | false",
    "BPF_MAP_TYPE_HASH | BPF_MAP_TYPE_HASH | true",
    "BPF_MAP_TYPE_HASH | (BPF_MAP_TYPE_HASH) | true",
    "BPF_MAP_TYPE_HASH | BPF_MAP_TYPE_HASH2 BPF_MAP_TYPE_HASH; | true",
    "bpf_map_lookup | bpf_map_lookup_elem | false",
    "bpf_map_lookup | é bpf_map_lookup-x | true",
    "FOO | FOO_FOO | false",
    "FOO | 1FOO FOO1 | false",
  })
  void literalNamesMatchAtWordBoundariesOnly(String name, String text, boolean expected) {
    assertEquals(expected, present(name, List.of(), text));
  }

  @Test
  void nonWordLiteralsAreMatchedLiterallyNotAsRegexes() {
    assertEquals(true, present("a.b", List.of(), "x a.b y"));
    assertEquals(false, present("a.b", List.of(), "x axb y"));
    assertEquals(false, present("a.b", List.of(), "xa.b"));
  }

  @Test
  void matchesDoNotCrossLines() {
    assertEquals(false, present("X", List.of("A.B"), "A\nB"));
    assertEquals(true, present("X", List.of("A.B"), "\nA B\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // a failed first match does not hide a later one on the same line (git's retry)
    "BPF_F_[A-Z]*; BPF_F_XY_z BPF_F_ABC; true",
    "BPF_F_[A-Z]*; BPF_F_XY_z; false",
    "^foo; foo bar; true",
    "^foo; bar foo; false",
    "^foo; xfoo foo; false",
    "bar$; foo bar; true",
    "bar$; foo bar1; false",
    "a\\|b; ca b; true",
    "x\\{2\\}; axx; false",
    "x\\{2\\}; xx; true",
    "a+; a+; true",
    "a+; a+b; false",
    "[[:digit:]]\\+; v 42; true",
    "[^a]; a; false",
  })
  void regexesFollowGitGrepW(String regex, String text, boolean expected) {
    assertEquals(expected, present("unused", List.of(regex), text));
  }

  /** Property: the token-table pass agrees with a direct implementation of git's -w loop. */
  @Test
  void tokenTableAgreesWithGitsRetryLoop() {
    Random random = new Random(42);
    String[] names = {"AB", "A", "B_1", "AB_A", "_A"};
    char[] alphabet = {'A', 'B', '_', '1', ' ', '\n', '-', 'x'};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      for (String name : names) {
        boolean expected = gitRetryLoop(Pattern.compile(Pattern.quote(name)), text.toString());
        assertEquals(expected, present(name, List.of(), text.toString()), name + " in " + text);
      }
    }
  }

  /** grep.c's -w loop over each line, written independently from the production code. */
  private static boolean gitRetryLoop(Pattern pattern, String text) {
    for (String line : text.split("\n", -1)) {
      int bol = 0;
      while (true) {
        var m = pattern.matcher(line);
        if (!m.find(bol)) {
          break;
        }
        boolean ok = (m.start() == 0 || !isWord(line.charAt(m.start() - 1)))
            && (m.end() == line.length() || !isWord(line.charAt(m.end())));
        if (ok && m.end() > m.start()) {
          return true;
        }
        if (m.start() + 1 >= line.length()) {
          break;
        }
        bol = m.start() + 1;
        while (bol < line.length() && isWord(line.charAt(bol - 1))) {
          bol++;
        }
        if (bol >= line.length()) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isWord(char c) {
    return c < 128 && Character.isLetterOrDigit(c) || c == '_';
  }
}
