package io.ebpfdocs.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Words.split(text, 0, text.length(), (word, offset) -> out.add(word + "@" + offset));
    return out;
  }

  @Test
  void splitsProseAtSpacesPunctuationHyphensAndSlashes() {
    assertEquals(List.of("Read@0", "write@5", "non@11", "blocking@15", "maps@25"),
        words("Read/write non-blocking (maps)."));
  }

  @Test
  void keepsInnerApostrophes() {
    assertEquals(List.of("don't@0", "wakee's@7"), words("don't 'wakee's'"));
  }

  @Test
  void leavesOutIdentifiersPathsUrlsAndNumbers() {
    assertEquals(List.of(), words("BPF_MAP_TYPE_HASH snake_case camelCase eBPF MkDocs IPv4 x86 "
        + "bpf_map_lookup_elem() /sys/fs/bpf include/linux/bpf.h v5.4 e.g. https://example.com/wrod "
        + "www.wrod.org --wrod .bss $WROD ~/wrod a->b ns::wrod <wrod> {wrod} [^1] #wrod"));
  }

  @Test
  void leavesOutAcronymsCommitIdsOtherScriptsAndSingleLetters() {
    assertEquals(List.of(), words("CPU CPUs OR'd ffeedaf μs a I"));
    assertEquals(List.of("Cpus@0", "feed@5"), words("Cpus feed"));
  }

  @Test
  void everyWordIsTheTextAtItsOffset() {
    String[] pieces = {"wrod", " ", "_x", "-", "/", "'", "’s", "CPU", "(", ")", ".", "e.g.", "\n", "camelCase", "9",
        "`", "é", "μ", "://", "x"};
    PropertyCheck.forAll("words are letters found at their offset", random -> {
      String text = PropertyCheck.text(random, pieces, 12);
      Words.split(text, 0, text.length(), (word, offset) -> {
        assertEquals(word, text.substring(offset, offset + word.length()));
        assertTrue(word.length() >= 2 && Character.isLetter(word.charAt(0))
            && Character.isLetter(word.charAt(word.length() - 1)), word);
      });
    });
  }
}
