package io.ebpfdocs.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryFilesTest {
  @TempDir
  Path dir;

  @Test
  void withoutAnyDictionaryTheErrorSaysWhatToInstall() {
    DocsException e = assertThrows(DocsException.class,
        () -> DictionaryFiles.locate(null, dir, List.of(dir.resolve("en_US.aff"))));
    assertTrue(e.getMessage().contains("apt-get install hunspell-en-us"), e.getMessage());
    assertTrue(e.getMessage().contains("-Debpfdocs.spellcheck.dictionary="), e.getMessage());
  }

  @Test
  void aConfiguredDictionaryMustBeAPair() throws Exception {
    Files.writeString(dir.resolve("x.aff"), "SET UTF-8\n");
    DocsException e = assertThrows(DocsException.class, () -> DictionaryFiles.locate("x.aff", dir));
    assertTrue(e.getMessage().contains("x.dic") && e.getMessage().contains("ebpfdocs.spellcheck.dictionary"),
        e.getMessage());
  }

  @Test
  void aConfiguredDictionaryIsNamedByEitherFileOrItsBase() throws Exception {
    Files.writeString(dir.resolve("x.aff"), "SET UTF-8\n");
    Files.writeString(dir.resolve("x.dic"), "1\nword\n");
    DictionaryFiles pair = new DictionaryFiles(dir.resolve("x.aff"), dir.resolve("x.dic"));
    for (String name : List.of("x.aff", "x.dic", "x")) {
      assertEquals(List.of(pair), DictionaryFiles.locate(name, dir));
    }
  }

  @Test
  void theDefaultIsEnUsThenTheOtherEnglishDictionariesBesideIt() throws Exception {
    for (String name : List.of("en_US", "en_GB", "de_DE", "en_AU")) {
      Files.writeString(dir.resolve(name + ".aff"), "SET UTF-8\n");
      Files.writeString(dir.resolve(name + ".dic"), "0\n");
    }
    List<DictionaryFiles> found = DictionaryFiles.locate(null, dir, List.of(dir.resolve("none/en_US.aff"), dir.resolve("en_US.aff")));
    assertEquals(List.of("en_US.aff", "en_AU.aff", "en_GB.aff"),
        found.stream().map(f -> f.aff().getFileName().toString()).toList());
  }
}
