package io.ebpfdocs.spelling;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Futures;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the prose of every page under a docs folder with Hunspell dictionaries and word lists. */
public final class Spellcheck {
  private static final Pattern APOSTROPHE_SUFFIX = Pattern.compile("(.+)['\u2019](?:s|d|ed|ing)");

  /** The project's word list, in aspell's format, at the root of an ebpf-docs tree. */
  public static final String PROJECT_WORDS = ".aspell.en.pws";

  private final Speller speller;

  private Spellcheck(Speller speller) {
    this.speller = speller;
  }

  /** An unknown word at its 1-based line and column (in characters) of {@code docs/PATH.md}. */
  public record Finding(String page, int line, int column, String word, List<String> suggestions) {
    @Override
    public String toString() {
      return page + ":" + line + ":" + column + ": '" + word + "' (suggestions: "
          + (suggestions.isEmpty() ? "none" : String.join(", ", suggestions)) + ")";
    }
  }

  /** What a run found; pages that could not be read are warnings in the run's report. */
  public record Result(int pages, int words, List<Finding> findings) {
    /** One line for the log. */
    public String summary() {
      long distinct = findings.stream().map(Finding::word).distinct().count();
      long pagesWith = findings.stream().map(Finding::page).distinct().count();
      return String.format("%s, %s checked, %d unknown (%d distinct) in %s", count(pages, "page"),
          count(words, "word"), findings.size(), distinct, count(pagesWith, "page"));
    }

    private static String count(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The findings grouped by page with their count, then how to fix them. */
    public String details() {
      Map<String, List<Finding>> byPage = new LinkedHashMap<>();
      findings.forEach(f -> byPage.computeIfAbsent(f.page(), p -> new ArrayList<>()).add(f));
      StringBuilder out = new StringBuilder();
      byPage.forEach((page, found) -> {
        out.append(page).append(": ").append(count(found.size(), "word")).append('\n');
        found.forEach(f -> out.append("  ").append(f).append('\n'));
      });
      if (findings.stream().map(Finding::word).distinct().count() > Speller.MAX_SUGGESTED_WORDS) {
        out.append("(suggestions for the first ").append(Speller.MAX_SUGGESTED_WORDS).append(" distinct words only)\n");
      }
      return out.append("""
          For each word: fix the spelling; or put code, names and identifiers in `backticks`; or wrap \
          a word that is right but not English in <nospell>…</nospell>; or add it, one word per line, to \
          the word list .aspell.en.pws at the docs root.""").toString();
    }
  }

  /**
   * Checks the tree of {@code settings} with its dictionaries ({@link Options#SPELLCHECK_DICTIONARY})
   * and word lists ({@code ROOT/.aspell.en.pws} when present, {@link Options#SPELLCHECK_WORDS}). The
   * dictionaries load on a second thread while the pages are read and parsed.
   */
  public static Result run(DocsSettings settings, Report report) throws IOException, DocsException {
    if (!Files.isDirectory(settings.docsDir())) {
      throw new DocsException("no docs folder at " + settings.docsDir()
          + "; run in a tree with docs/, or pass -Debpfdocs.root=DIR (or -Debpfdocs.docsDirectory=DIR)");
    }
    List<String> accepted = acceptedWords(settings);
    List<DictionaryFiles> dictionaries = DictionaryFiles.locate(
        settings.option(Options.SPELLCHECK_DICTIONARY).orElse(null), settings.root());
    ExecutorService loader = Executors.newSingleThreadExecutor();
    try {
      Future<Speller> speller = loader.submit(() -> Speller.load(dictionaries, accepted));
      List<Page> pages = read(settings.docsDir(), report, new MarkdownRenderer());
      return new Spellcheck(Futures.await(speller, DocsException.class)).check(pages);
    } finally {
      loader.shutdownNow();
    }
  }

  private static List<String> acceptedWords(DocsSettings settings) throws IOException, DocsException {
    List<String> accepted = new ArrayList<>();
    Path projectWords = settings.root().resolve(PROJECT_WORDS);
    if (Files.isRegularFile(projectWords)) {
      accepted.addAll(WordList.read(projectWords, PROJECT_WORDS, true));
    }
    Optional<String> extra = settings.option(Options.SPELLCHECK_WORDS);
    if (extra.isPresent()) {
      Path words = settings.root().resolve(extra.get());
      if (!Files.isRegularFile(words)) {
        throw new DocsException(words + ": word list not found; fix " + Options.SPELLCHECK_WORDS);
      }
      accepted.addAll(WordList.read(words, words.toString(), false));
    }
    return accepted;
  }

  /**
   * Accepts every unknown word of {@code result} into the tree's {@value #PROJECT_WORDS}, as found.
   * Returns the first finding of each word added, in the list's order, for the user to review.
   */
  public static List<Finding> accept(DocsSettings settings, Result result) throws IOException, DocsException {
    Map<String, Finding> first = new LinkedHashMap<>();
    result.findings().forEach(f -> first.putIfAbsent(f.word(), f));
    List<String> added = WordList.add(settings.root().resolve(PROJECT_WORDS), PROJECT_WORDS, first.keySet());
    return added.stream().map(first::get).toList();
  }

  /** A page's text and its prose ranges. */
  private record Page(String name, String text, List<PageProse.Range> prose) {}

  /** Every {@code .md} file under {@code docsDir} that is valid UTF-8, in path order, parsed. */
  private static List<Page> read(Path docsDir, Report report, MarkdownRenderer markdown)
      throws IOException, DocsException {
    PageStore store = new PageStore(docsDir, report);
    List<Page> pages = new ArrayList<>();
    for (String path : PageStore.allMarkdown(docsDir)) {
      Optional<String> text = store.read(path);
      if (text.isPresent()) { // otherwise not UTF-8: the store warned
        pages.add(new Page("docs/" + path, text.get(), PageProse.of(text.get(), path, markdown)));
      }
    }
    return pages;
  }

  private Result check(List<Page> pages) {
    List<Finding> findings = new ArrayList<>();
    int words = 0;
    for (Page page : pages) {
      words += check(page.name(), page.text(), page.prose(), findings);
    }
    return new Result(pages.size(), words, findings);
  }

  private int check(String name, String text, List<PageProse.Range> prose, List<Finding> findings) {
    int[] count = {0};
    LineColumns lines = new LineColumns(text);
    for (PageProse.Range range : prose) {
      Words.split(text, range.start(), range.end(), (word, offset) -> {
        count[0]++;
        if (!accepts(word)) {
          findings.add(new Finding(name, lines.line(offset), lines.column(offset), word, speller.suggestions(word)));
        }
      });
    }
    return count[0];
  }

  /**
   * The word as written, or the part before an apostrophe suffix: a possessive or a verb made of a
   * name ({@code XDP's}, {@code wakee's}, {@code mmap'ed}, {@code kexec'ed}).
   */
  private boolean accepts(String word) {
    if (speller.isCorrect(word)) {
      return true;
    }
    Matcher suffix = APOSTROPHE_SUFFIX.matcher(word);
    return suffix.matches() && speller.isCorrect(suffix.group(1));
  }

  /** 1-based line and column (in code points) of offsets that come in increasing order. */
  private static final class LineColumns {
    private final String text;
    private int lineStart;
    private int line = 1;
    private int scanned;

    LineColumns(String text) {
      this.text = text;
    }

    int line(int offset) {
      advance(offset);
      return line;
    }

    int column(int offset) {
      advance(offset);
      return text.codePointCount(lineStart, offset) + 1;
    }

    private void advance(int offset) {
      if (offset < scanned) {
        scanned = 0;
        lineStart = 0;
        line = 1;
      }
      for (; scanned < offset; scanned++) {
        if (text.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
    }
  }
}
