package io.ebpfdocs.spelling;

import io.ebpfdocs.report.DocsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.Suggester;
import org.apache.lucene.analysis.hunspell.SuggestionTimeoutException;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's Hunspell over one or more dictionaries plus the project's accepted words. A word is right
 * when any dictionary spells it, or when it is an accepted word in any capitalization, with or
 * without a plural {@code s}/{@code es} ({@code cGroup} accepts {@code cgroup}, {@code CGroups}).
 * The accepted words are also added to the first dictionary, so that they are suggested.
 * Answers are cached per distinct word; suggestions come from the first dictionary, once per
 * distinct unknown word, for a bounded number of words. Not thread-safe.
 */
public final class Speller {
  /**
   * A safety limit per word, far above what a word takes (a few ms, rarely 100): within it the
   * suggestions do not depend on the machine's load.
   */
  private static final long SUGGESTION_LIMIT_MS = 2000;
  /** Distinct words that get suggestions; a tree full of unknown words is reported without delay. */
  static final int MAX_SUGGESTED_WORDS = 200;
  private static final int MAX_SUGGESTIONS = 5;

  private final List<Hunspell> dictionaries;
  private final Suggester suggester;
  private final Set<String> accepted;
  private final Map<String, Boolean> known = new HashMap<>();
  private final Map<String, List<String>> suggestions = new HashMap<>();

  private Speller(List<Hunspell> dictionaries, Suggester suggester, Set<String> accepted) {
    this.dictionaries = dictionaries;
    this.suggester = suggester;
    this.accepted = accepted;
  }

  /** Loads the dictionaries, the first one with {@code accepted} added to its words. */
  public static Speller load(List<DictionaryFiles> files, Collection<String> accepted)
      throws IOException, DocsException {
    List<Hunspell> dictionaries = new ArrayList<>();
    Dictionary first = null;
    for (DictionaryFiles file : files) {
      Dictionary dictionary = dictionary(file, first == null ? accepted : List.of());
      first = first == null ? dictionary : first;
      dictionaries.add(new Hunspell(dictionary));
    }
    Set<String> lowerCase = new HashSet<>();
    accepted.forEach(word -> lowerCase.add(word.toLowerCase(Locale.ROOT)));
    return new Speller(dictionaries, new Suggester(first).withSuggestibleEntryCache(), lowerCase);
  }

  public boolean isCorrect(String word) {
    return known.computeIfAbsent(word, this::spell);
  }

  private boolean spell(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (accepted.contains(lower)
        || (lower.endsWith("s") && accepted.contains(lower.substring(0, lower.length() - 1)))
        || (lower.endsWith("es") && accepted.contains(lower.substring(0, lower.length() - 2)))) {
      return true;
    }
    return dictionaries.stream().anyMatch(d -> d.spell(word));
  }

  /** Up to five corrections, best first; none for words after the first {@value #MAX_SUGGESTED_WORDS}. */
  public List<String> suggestions(String word) {
    if (suggestions.size() >= MAX_SUGGESTED_WORDS && !suggestions.containsKey(word)) {
      return List.of();
    }
    return suggestions.computeIfAbsent(word, w -> {
      List<String> found;
      try {
        found = suggester.suggestWithTimeout(w, SUGGESTION_LIMIT_MS, () -> { });
      } catch (SuggestionTimeoutException e) {
        found = e.getPartialResult();
      }
      return List.copyOf(found.subList(0, Math.min(MAX_SUGGESTIONS, found.size())));
    });
  }

  private static Dictionary dictionary(DictionaryFiles files, Collection<String> extraWords)
      throws IOException, DocsException {
    Charset charset = affixCharset(files.aff());
    StringBuilder extra = new StringBuilder().append(extraWords.size()).append('\n');
    for (String word : extraWords) {
      extra.append(word.replace("/", "\\/")).append('\n'); // a bare '/' would start Hunspell flags
    }
    try (InputStream aff = Files.newInputStream(files.aff());
        InputStream dic = Files.newInputStream(files.dic());
        InputStream more = new ByteArrayInputStream(extra.toString().getBytes(charset))) {
      return new Dictionary(new ByteBuffersDirectory(), "spell", aff, List.of(dic, more), false);
    } catch (ParseException | IllegalArgumentException | IllegalStateException e) {
      throw new DocsException(files.aff() + ": not a Hunspell dictionary Lucene can read (" + e.getMessage()
          + "); point ebpfdocs.spellcheck.dictionary at another .aff/.dic pair");
    }
  }

  /** The encoding the {@code SET} line of an affix file names; Hunspell's default is ISO-8859-1. */
  private static Charset affixCharset(Path aff) throws IOException, DocsException {
    try (Stream<String> lines = Files.lines(aff, StandardCharsets.ISO_8859_1)) {
      String set = lines.map(String::strip).filter(l -> l.startsWith("SET ")).findFirst().orElse("SET ISO8859-1");
      String name = set.substring(4).strip();
      try {
        return Charset.forName(name.matches("(?i)ISO8859-\\d+") ? name.replace("ISO8859", "ISO-8859") : name);
      } catch (IllegalArgumentException e) {
        throw new DocsException(aff + ": unknown encoding in '" + set + "'; point ebpfdocs.spellcheck.dictionary"
            + " at another .aff/.dic pair");
      }
    }
  }
}
