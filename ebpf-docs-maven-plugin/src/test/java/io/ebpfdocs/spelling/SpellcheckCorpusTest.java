package io.ebpfdocs.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance on a copy of the real tree with the system's English dictionaries: a misspelling put
 * into each kind of prose is reported at its exact place, and the same word where it is not prose
 * is not.
 */
class SpellcheckCorpusTest {
  private static final String WORD = "recieve";

  /** An edit of one page: {@code before} is replaced by {@code after}, which holds the word once. */
  private record Edit(String page, String before, String after) {}

  private static final List<Edit> PROSE = List.of(
      new Edit("linux/concepts/maps.md", "It goes into depth", "It goes into " + WORD + " depth"),
      new Edit("linux/concepts/maps.md", "\n# Maps\n", "\n# Maps " + WORD + "\n"),
      new Edit("linux/concepts/maps.md", "Maps provide a way", "Maps provide a " + WORD + " way"),
      new Edit("linux/concepts/maps.md", "- enum, see the", "- enum, " + WORD + " see the"),
      new Edit("linux/concepts/functions.md", "| Architecture |", "| Architecture " + WORD + " |"),
      new Edit("linux/concepts/af_xdp.md", "It may come back", "It may " + WORD + " come back"),
      new Edit("linux/concepts/af_xdp.md", "!!! warning\n", "!!! warning \"Driver " + WORD + "\"\n"));

  private static final List<Edit> NOT_PROSE = List.of(
      new Edit("linux/concepts/maps.md", "Maps come in a variety", "Maps `" + WORD + "` come in a variety"),
      new Edit("linux/concepts/maps.md", "struct bpf_map_def my_map", "struct " + WORD + " my_map"),
      new Edit("linux/concepts/maps.md", "When both kernel", "When <nospell>" + WORD + "</nospell> both kernel"),
      new Edit("linux/concepts/maps.md", "[types](../map-type/index.md)", "[types](../map-type/" + WORD + ".md)"),
      new Edit("linux/concepts/maps.md", "a slightly different way", "a slightly https://example.com/" + WORD + " way"),
      new Edit("linux/helper-function/bpf_map_lookup_elem.md", "Perform a lookup", "Perform a " + WORD + " lookup"),
      new Edit("linux/kfuncs/bpf_task_from_pid.md", "from the kfunc before", "from the " + WORD + " before"));

  @Test
  void misspellingsAreReportedWhereTheyAreAndOnlyInProse() throws Exception {
    assumeSystemDictionaries();
    Path root = Corpus.copy("spellcheck");
    List<String> expected = new ArrayList<>();
    for (Edit edit : PROSE) {
      expected.add(apply(root, edit));
    }
    for (Edit edit : NOT_PROSE) {
      apply(root, edit);
    }
    Spellcheck.Result result = Spellcheck.run(DocsSettings.forRoot(root), new Report());
    List<String> found = result.findings().stream().filter(f -> f.word().equals(WORD))
        .map(f -> f.page() + ":" + f.line() + ":" + f.column()).toList();
    assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
    assertTrue(result.findings().stream().filter(f -> f.word().equals(WORD)).allMatch(f -> f.suggestions().contains("receive")),
        result.details());
  }

  @Test
  void theUnmodifiedTreeHasOnlyUnusualWordsLeft() throws Exception {
    assumeSystemDictionaries();
    Spellcheck.Result result = Spellcheck.run(DocsSettings.forRoot(Corpus.location()), new Report());
    // Jargon, kernel abbreviations and a few real typos; see the README. A rule that lets prose
    // through unchecked, or one that checks code, moves this number a lot.
    assertTrue(result.findings().size() < 200 && result.words() > 150_000, result.summary());
  }

  private static void assumeSystemDictionaries() {
    try {
      DictionaryFiles.locate(null, Path.of("."));
    } catch (DocsException e) {
      assumeTrue(false, "skipped: " + e.getMessage());
    }
  }

  /** Applies the edit (which must match once) and returns where the word now stands. */
  private static String apply(Path root, Edit edit) throws Exception {
    Path file = root.resolve("docs").resolve(edit.page());
    String text = Files.readString(file);
    int at = text.indexOf(edit.before());
    assertTrue(at >= 0 && text.indexOf(edit.before(), at + 1) < 0, edit + " must match exactly once");
    String changed = text.substring(0, at) + edit.after() + text.substring(at + edit.before().length());
    Files.writeString(file, changed);
    int word = at + edit.after().indexOf(WORD);
    int lineStart = changed.lastIndexOf('\n', word) + 1;
    int line = changed.substring(0, word).split("\n", -1).length;
    return "docs/" + edit.page() + ":" + line + ":" + (word - lineStart + 1);
  }
}
