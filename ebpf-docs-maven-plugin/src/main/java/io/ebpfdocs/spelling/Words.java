package io.ebpfdocs.spelling;

import java.util.regex.Pattern;

/**
 * Splits prose into the words a reader would spell-check. A run of non-space characters is left out
 * whole when it reads as code, a path, a URL or a number: it holds {@code _}, a backslash, one of
 * {@code @=<>{}[]|#$%^*+~`}, {@code ://}, {@code ::}, {@code ->}, a {@code .} or {@code :} between two
 * letters or digits ({@code bpf.h}, {@code v5.4}, {@code e.g.}), or it is a call ({@code name(}), or
 * starts with {@code /}, {@code -}, {@code .}, {@code $}, {@code ~}. What is left is split on every
 * character that is not a letter, a digit or an inner apostrophe, so {@code read/write} and
 * {@code non-blocking} are two words each. A word is then left out when it holds a digit
 * ({@code IPv4}, {@code x86}, {@code 64bit}), an upper-case letter after a lower-case one
 * ({@code camelCase}, {@code eBPF}, {@code MkDocs}: names, not words), a letter of another script
 * than Latin ({@code μs}), or a single letter; and when it is in capitals, maybe with a plural
 * {@code s} ({@code CPU}, {@code CPUs}, {@code OR'd}: acronyms, whose spelling no dictionary knows), or
 * is seven or more of the letters a-f ({@code ffeedaf}: a commit id).
 */
public final class Words {
  private static final String CODE_CHARACTERS = "_\\@=<>{}[]|#$%^*+~`";
  private static final String CODE_STARTS = "/-.$~";
  /** Capitals, maybe with a plural s or a suffix after an apostrophe: CPU, CPUs, OR'd. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}(s|['\u2019]\\p{L}+)?");
  /** An abbreviated git commit id written without digits, as in {@code ffeedaf}. */
  private static final Pattern COMMIT_ID = Pattern.compile("[a-f]{7,40}");

  private Words() {}

  /** Receives each word and its offset in the text. */
  @FunctionalInterface
  public interface Sink {
    void word(String word, int offset);
  }

  /** The words of {@code text[from, to)}. */
  public static void split(CharSequence text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start < i) {
        chunk(text, start, i, sink);
      }
    }
  }

  private static void chunk(CharSequence text, int start, int end, Sink sink) {
    int first = start;
    while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    int last = end;
    while (last > first && !Character.isLetterOrDigit(text.charAt(last - 1))) {
      last--;
    }
    if (first == last || readsAsCode(text, start, first, last, end)) {
      return;
    }
    int i = first;
    while (i < last) {
      while (i < last && !isWordCharacter(text, i, last)) {
        i++;
      }
      int wordStart = i;
      while (i < last && isWordCharacter(text, i, last)) {
        i++;
      }
      if (wordStart < i) {
        word(text.subSequence(wordStart, i).toString(), wordStart, sink);
      }
    }
  }

  private static boolean readsAsCode(CharSequence text, int start, int first, int last, int end) {
    if (first > start && CODE_STARTS.indexOf(text.charAt(start)) >= 0) {
      return true;
    }
    if (last < end && text.charAt(last) == '(') {
      return true;
    }
    String core = text.subSequence(start, end).toString();
    if (core.contains("://") || core.contains("::") || core.contains("->") || core.contains("www.")) {
      return true;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (CODE_CHARACTERS.indexOf(c) >= 0 || (c == '(' && i > first && i < last)) {
        return true;
      }
      if ((c == '.' || c == ':') && i > first && i < last && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits, and an apostrophe between two letters ({@code don't}, {@code XDP's}). */
  private static boolean isWordCharacter(CharSequence text, int i, int last) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    return (c == '\'' || c == '\u2019') && i + 1 < last && Character.isLetter(text.charAt(i + 1))
        && Character.isLetter(text.charAt(i - 1));
  }

  private static void word(String word, int offset, Sink sink) {
    if (word.length() < 2 || ACRONYM.matcher(word).matches() || COMMIT_ID.matcher(word).matches()) {
      return;
    }
    boolean lowerSeen = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || (lowerSeen && Character.isUpperCase(c))
          || (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
        return;
      }
      lowerSeen |= Character.isLowerCase(c);
    }
    sink.word(word, offset);
  }
}
