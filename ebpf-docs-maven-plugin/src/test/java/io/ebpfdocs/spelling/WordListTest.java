package io.ebpfdocs.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
  @TempDir
  Path dir;

  @Test
  void readsAspellsPersonalDictionary() throws Exception {
    assertEquals(List.of("bpf", "eBPF", "cGroup's"),
        WordList.parse("personal_ws-1.1 en 0\nbpf\n\neBPF\r\n  cGroup's  \n", "w.pws", true));
  }

  @Test
  void theCountOfTheHeaderIsOnlyAHint() throws Exception {
    assertEquals(List.of("a", "b"), WordList.parse("personal_ws-1.1 en 7 utf-8\na\nb\n", "w.pws", true));
  }

  @Test
  void theHeaderIsRequiredOnlyWhereAspellRequiresIt() throws Exception {
    assertEquals(List.of("kfunc"), WordList.parse("kfunc\n", "extra.txt", false));
    DocsException e = assertThrows(DocsException.class, () -> WordList.parse("kfunc\n", ".aspell.en.pws", true));
    assertTrue(e.getMessage().startsWith(".aspell.en.pws:1: ") && e.getMessage().contains("personal_ws-1.1 en 0"),
        e.getMessage());
  }

  @Test
  void aDamagedHeaderIsAnError() {
    DocsException e = assertThrows(DocsException.class, () -> WordList.parse("personal_ws-1.1 en\nx\n", "w.pws", false));
    assertTrue(e.getMessage().startsWith("w.pws:1: "), e.getMessage());
  }

  @Test
  void oneWordPerLine() {
    DocsException e = assertThrows(DocsException.class,
        () -> WordList.parse("personal_ws-1.1 en 0\nok\ntwo words\n", "w.pws", true));
    assertTrue(e.getMessage().startsWith("w.pws:3: 'two words'"), e.getMessage());
  }

  @Test
  void readsTheEncodingTheHeaderNames() throws Exception {
    Path file = dir.resolve("latin1.pws");
    Files.write(file, "personal_ws-1.1 en 1 iso-8859-1\nnaïve\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of("naïve"), WordList.read(file, "latin1.pws", true));
  }

  @Test
  void aListThatIsNotUtf8SaysSo() throws Exception {
    Path file = dir.resolve("bad.pws");
    Files.write(file, "personal_ws-1.1 en 1\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
    DocsException e = assertThrows(DocsException.class, () -> WordList.read(file, "bad.pws", true));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void theRealListReads() throws Exception {
    Path real = Path.of(System.getProperty("ebpfdocs.corpus", "../../shared/ebpf-docs"), ".aspell.en.pws");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(real), "skipped: no " + real);
    List<String> words = WordList.read(real, ".aspell.en.pws", true);
    assertTrue(words.contains("eBPF") && words.size() > 200, words.toString());
  }

  @Test
  void addsTheMissingWordsSortedAfterTheKeptOnesOnce() throws Exception {
    Path file = dir.resolve(".aspell.en.pws");
    Files.writeString(file, "personal_ws-1.1 en 0\nzeta\nbpf");
    assertEquals(List.of("Alpha", "kfunc", "Kprobe"), WordList.add(file, "w.pws", List.of("kfunc", "Kprobe", "bpf", "Alpha", "kfunc")));
    assertEquals("personal_ws-1.1 en 0\nzeta\nbpf\nAlpha\nkfunc\nKprobe\n", Files.readString(file));
    assertEquals(List.of(), WordList.add(file, "w.pws", List.of("kfunc", "zeta")), "a second run adds nothing");
    assertEquals("personal_ws-1.1 en 0\nzeta\nbpf\nAlpha\nkfunc\nKprobe\n", Files.readString(file));
  }

  @Test
  void createsTheListWithAspellsHeader() throws Exception {
    Path file = dir.resolve(".aspell.en.pws");
    assertEquals(List.of("eBPF"), WordList.add(file, "w.pws", List.of("eBPF")));
    assertEquals("personal_ws-1.1 en 0\neBPF\n", Files.readString(file));
  }

  @Test
  void keepsTheEncodingTheHeaderNames() throws Exception {
    Path file = dir.resolve(".aspell.en.pws");
    Files.write(file, "personal_ws-1.1 en 0 iso-8859-1\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
    WordList.add(file, "w.pws", List.of("caf\u00e9"));
    assertEquals(List.of("na\u00efve", "caf\u00e9"), WordList.read(file, "w.pws", true));
  }
}
