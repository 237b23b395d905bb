package io.ebpfdocs.spelling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's core on small trees, with a tiny dictionary of our own (no system dictionary needed). */
class SpellcheckTest {
  private static final String DICTIONARY_WORDS =
      "good title description heading paragraph and item link head cell body tab footnote abbreviation generated";

  /** Every construct of the site's Markdown once; the prose ones hold an unknown word "wrodN". */
  static final String PAGE = """
      ---
      title: "Good title wrodone"
      description: Good description wrodtwo
      ---
      # Heading wrodthree

      Paragraph wrodfour and `wrodcode` and <nospell>wrodnospell</nospell> and https://wrodurl.example/x.

      - item wrodfive
      - [link wrodsix](https://example.com/wrodtarget) ![wrodimage](wrodimage.png)

      | head | cell |
      | --- | --- |
      | good | wrodseven |

      !!! note "Title wrodeight"
          Body wrodnine

      === "Tab wrodten"

          Tab body :octicons-tag-24:{ .wrodattr }

      ```c
      wrodfence
      ```

      Footnote[^wrodkey] and wrodabbr and <span title="wrodhtml">body</span> <!-- wrodcomment -->

      [^wrodkey]: Footnote body wrodeleven

      *[wrodabbr]: Abbreviation wrodtwelve

      <!-- [HELPER_FUNC_DEF] -->
      Generated wrodgen
      <!-- [/HELPER_FUNC_DEF] -->

      <!-- [MTU_TABLE] -->
      Generated wrodmtu
      <!-- [/MTU_TABLE] -->

      <!-- [MTU_TABLE] -->
      Generated wrodmtutwo
      <!-- [/MTU_TABLE] -->
      """;
  static final List<String> UNKNOWN = List.of("wrodone", "wrodtwo", "wrodthree", "wrodfour", "wrodfive", "wrodsix",
      "wrodseven", "wrodeight", "wrodnine", "wrodten", "wrodeleven", "wrodtwelve");

  @TempDir
  Path root;
  private DocsSettings settings;

  @BeforeEach
  void tinyDictionary() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("dict"));
    String[] words = DICTIONARY_WORDS.split(" ");
    Files.writeString(root.resolve("dict/tiny.aff"), "SET UTF-8\n");
    Files.writeString(root.resolve("dict/tiny.dic"), words.length + "\n" + String.join("\n", words) + "\n");
    settings = DocsSettings.forRoot(root).withOption(Options.SPELLCHECK_DICTIONARY, root.resolve("dict/tiny").toString());
  }

  private Spellcheck.Result check(Report report) throws Exception {
    return Spellcheck.run(settings, report);
  }

  /** "LINE:COLUMN:word" of each word's first occurrence in the page. */
  private static List<String> expectedPositions(String page, List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      int at = page.indexOf(word);
      int lineStart = page.lastIndexOf('\n', at) + 1;
      out.add(page.substring(0, at).split("\n", -1).length + ":" + (at - lineStart + 1) + ":" + word);
    }
    return out;
  }

  private static List<String> positions(Spellcheck.Result result) {
    return result.findings().stream().map(f -> f.line() + ":" + f.column() + ":" + f.word()).toList();
  }

  @Test
  void reportsEachProseWordAtItsLineAndColumnAndNothingElse() throws Exception {
    Files.writeString(root.resolve("docs/page.md"), PAGE);
    Spellcheck.Result result = check(new Report());
    assertEquals(expectedPositions(PAGE, UNKNOWN), positions(result));
    assertTrue(result.findings().stream().allMatch(f -> f.page().equals("docs/page.md")));
    assertEquals(1, result.pages());
  }

  @Test
  void windowsLineEndingsGiveTheSameLinesAndColumns() throws Exception {
    Files.writeString(root.resolve("docs/page.md"), PAGE.replace("\n", "\r\n"));
    assertEquals(expectedPositions(PAGE, UNKNOWN), positions(check(new Report())));
  }

  @Test
  void aPageThatIsNotUtf8IsWarnedAboutAndLeftAlone() throws Exception {
    byte[] latin1 = "# Heading caf\u00e9 wrodone\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(root.resolve("docs/latin1.md"), latin1);
    Files.writeString(root.resolve("docs/page.md"), "Good wrodtwo\n");
    Report report = new Report();
    Spellcheck.Result result = check(report);
    assertEquals(List.of("1:6:wrodtwo"), positions(result));
    assertEquals(List.of("docs/latin1.md: not valid UTF-8; left alone"),
        report.warnings().stream().map(Object::toString).toList());
    assertArrayEquals(latin1, Files.readAllBytes(root.resolve("docs/latin1.md")));
  }

  @Test
  void acceptsTheProjectsWordListAndMoreWordsInAnyCaseAndPlural() throws Exception {
    Files.writeString(root.resolve(".aspell.en.pws"), "personal_ws-1.1 en 0\nWrodOne\n");
    Files.writeString(root.resolve("more.txt"), "wrodtwo\n");
    Files.writeString(root.resolve("docs/page.md"), "Good wrodone, Wrodones and Wrodtwo's wrodthree\n");
    settings = settings.withOption(Options.SPELLCHECK_WORDS, "more.txt");
    Spellcheck.Result result = check(new Report());
    assertEquals(List.of("1:38:wrodthree"), positions(result));
  }

  @Test
  void theReportGroupsByPageCountsAndSaysHowToFix() throws Exception {
    Files.writeString(root.resolve("docs/a.md"), "wrodone wrodone\n");
    Files.createDirectories(root.resolve("docs/sub"));
    Files.writeString(root.resolve("docs/sub/b.md"), "good wrodtwo\n");
    Spellcheck.Result result = check(new Report());
    String details = result.details();
    assertTrue(details.startsWith("""
        docs/a.md: 2 words
          docs/a.md:1:1: 'wrodone' (suggestions: none)
          docs/a.md:1:9: 'wrodone' (suggestions: none)
        docs/sub/b.md: 1 word
          docs/sub/b.md:1:6: 'wrodtwo' (suggestions: none)
        """), details);
    assertTrue(details.contains("backticks") && details.contains("<nospell>") && details.contains(".aspell.en.pws"),
        details);
    assertEquals("2 pages, 4 words checked, 3 unknown (2 distinct) in 2 pages", result.summary());
  }

  @Test
  void suggestsDictionaryWords() throws Exception {
    Files.writeString(root.resolve("docs/a.md"), "Paragrahp\n");
    assertEquals(List.of("Paragraph"), check(new Report()).findings().get(0).suggestions());
  }
}
