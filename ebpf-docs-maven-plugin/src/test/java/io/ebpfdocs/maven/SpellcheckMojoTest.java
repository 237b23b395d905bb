package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** spellcheck: its parameters, failing on unknown words unless told only to report them, and its skip. */
@MojoTest
class SpellcheckMojoTest extends MojoHarness {
  private static final String TREE = "target/mojo-tests/spellcheck";

  /** A page with one unknown word, and a tiny dictionary of our own beside the docs. */
  @BeforeEach
  void tree() throws Exception {
    new DocsTree(inBasedir(TREE)).page("index.md", "# Good page\n\nA good wrod.\n");
    Path dict = Files.createDirectories(inBasedir(TREE + "/dict"));
    Files.writeString(dict.resolve("tiny.aff"), "SET UTF-8\n");
    Files.writeString(dict.resolve("tiny.dic"), "2\ngood\npage\n");
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  void defaultsFailAndUseTheSystemDictionaries(SpellcheckMojo mojo) {
    assertTrue(mojo.fail);
    assertNull(mojo.dictionary);
    assertNull(mojo.words);
    DocsSettings settings = mojo.settings();
    assertEquals(Optional.empty(), settings.option(Options.SPELLCHECK_DICTIONARY));
    assertEquals(Optional.empty(), settings.option(Options.SPELLCHECK_WORDS));
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.spellcheck.dictionary", value = "dict/tiny.aff,/usr/share/hunspell/en_GB")
  @UserProperty(name = "ebpfdocs.spellcheck.words", value = "more-words.txt")
  @UserProperty(name = "ebpfdocs.spellcheck.fail", value = "false")
  void userPropertiesReachTheSettings(SpellcheckMojo mojo) {
    assertEquals(false, mojo.fail);
    DocsSettings settings = mojo.settings();
    assertEquals(Optional.of("dict/tiny.aff,/usr/share/hunspell/en_GB"), settings.option(Options.SPELLCHECK_DICTIONARY));
    assertTrue(settings.option(Options.SPELLCHECK_WORDS).orElseThrow().endsWith("more-words.txt"),
        settings.option(Options.SPELLCHECK_WORDS).toString());
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  @UserProperty(name = "ebpfdocs.spellcheck.dictionary", value = "dict/tiny")
  void unknownWordsFailWithTheirPlaceAndTheRemedies(SpellcheckMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("1 unknown word(s):\ndocs/index.md: 1 word\n"
        + "  docs/index.md:3:8: 'wrod' (suggestions: "), failure.getMessage());
    assertTrue(failure.getMessage().contains(".aspell.en.pws"), failure.getMessage());
    verify(log).info("spellcheck: 1 page, 4 words checked, 1 unknown (1 distinct) in 1 page");
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  @UserProperty(name = "ebpfdocs.spellcheck.dictionary", value = "dict/tiny")
  @UserProperty(name = "ebpfdocs.spellcheck.fail", value = "false")
  void failFalseOnlyReports(SpellcheckMojo mojo) throws Exception {
    mojo.execute();
    verify(log).warn(argThat((CharSequence message) -> message.toString().contains("docs/index.md:3:8: 'wrod'")));
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.root", value = TREE)
  @UserProperty(name = "ebpfdocs.spellcheck.dictionary", value = "dict/missing.aff")
  void aMissingDictionaryFailsNamingIt(SpellcheckMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("dict/missing.dic must both exist"), failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void aTreeWithoutDocsFailsNamingTheFolder(SpellcheckMojo mojo) {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/docs"));
  }

  @Test
  @InjectMojo(goal = "spellcheck")
  @UserProperty(name = "ebpfdocs.spellcheck.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void goalSkip(SpellcheckMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.spellcheck.skip");
  }
}
