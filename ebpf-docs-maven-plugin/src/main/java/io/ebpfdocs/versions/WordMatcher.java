package io.ebpfdocs.versions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one pass over a file's bytes, every feature present in the sense of {@code git grep -w}:
 * a match whose neighbours are not word characters ([A-Za-z0-9_], bytes as git's C locale sees
 * them), trying later matches in a line when one fails the test.
 *
 * <p>A literal name made of word characters is present exactly when it equals a maximal run of
 * word characters, so the pass cuts the text into such runs and looks each one up in a hash table.
 * Other literal names are searched for directly; regexes run only for the features that give them.
 * Thread-safe after construction.
 */
final class WordMatcher {
  private static final boolean[] WORD = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      WORD[c] = Character.isLetterOrDigit(c) && c < 128 || c == '_';
    }
  }

  private final WordTable words;
  private final List<Literal> otherLiterals = new ArrayList<>();
  private final List<Regex> regexes = new ArrayList<>();

  private record Literal(byte[] text, int feature) {}

  private record Regex(Pattern pattern, int feature) {}

  WordMatcher(FeatureIndex index) {
    Map<String, List<Integer>> wordNames = new LinkedHashMap<>();
    for (FeatureIndex.Entry entry : index.entries()) {
      PatternConfig.Feature feature = entry.feature();
      if (!feature.regexes().isEmpty()) {
        for (String regex : feature.regexes()) {
          regexes.add(new Regex(BasicRegex.compile(regex), entry.index()));
        }
      } else if (isWord(feature.name())) {
        wordNames.computeIfAbsent(feature.name(), k -> new ArrayList<>()).add(entry.index());
      } else {
        otherLiterals.add(
            new Literal(feature.name().getBytes(StandardCharsets.UTF_8), entry.index()));
      }
    }
    words = new WordTable(wordNames);
  }

  static boolean isWordByte(int b) {
    return WORD[b & 0xff];
  }

  private static boolean isWord(String name) {
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      if (!isWordByte(b)) {
        return false;
      }
    }
    return true;
  }

  /** The features present in {@code text}. */
  FeatureSet scan(byte[] text) {
    BitSet found = new BitSet();
    words.scan(text, found);
    for (Literal literal : otherLiterals) {
      if (!found.get(literal.feature()) && containsAtBoundaries(text, literal.text())) {
        found.set(literal.feature());
      }
    }
    if (!regexes.isEmpty()) {
      String latin1 = new String(text, StandardCharsets.ISO_8859_1);
      for (Regex regex : regexes) {
        if (!found.get(regex.feature()) && regexMatches(latin1, regex.pattern())) {
          found.set(regex.feature());
        }
      }
    }
    return FeatureSet.of(found);
  }

  private static boolean containsAtBoundaries(byte[] text, byte[] name) {
    int last = text.length - name.length;
    outer:
    for (int at = 0; at <= last; at++) {
      for (int k = 0; k < name.length; k++) {
        if (text[at + k] != name[k]) {
          continue outer;
        }
      }
      if (boundaries(text, at, at + name.length, 0, text.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundaries(byte[] text, int start, int end, int bol, int eol) {
    return (start == bol || !isWordByte(text[start - 1])) && (end == eol || !isWordByte(text[end]));
  }

  /** git's -w loop, line by line; a cheap whole-text search first rules out most files. */
  private static boolean regexMatches(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return false;
    }
    m.useAnchoringBounds(false).useTransparentBounds(true);
    int lineStart = text.lastIndexOf('\n', m.start()) + 1;
    while (lineStart <= text.length()) {
      int eol = text.indexOf('\n', lineStart);
      if (eol < 0) {
        eol = text.length();
      }
      if (lineMatches(text, m, lineStart, eol)) {
        return true;
      }
      lineStart = eol + 1;
    }
    return false;
  }

  private static boolean lineMatches(String text, Matcher m, int bol, int eol) {
    int from = bol;
    while (from < eol || from == bol) {
      m.region(from, eol);
      if (!m.find()) {
        return false;
      }
      int start = m.start();
      int end = m.end();
      boolean before = start == bol || !isWordByte(text.charAt(start - 1));
      boolean after = end == eol || !isWordByte(text.charAt(end));
      if (before && after && end > start) {
        return true;
      }
      if (start + 1 >= eol) {
        return false;
      }
      from = start + 1;
      while (from < eol && isWordByte(text.charAt(from - 1))) {
        from++;
      }
      if (from >= eol) {
        return false;
      }
    }
    return false;
  }
}
