package io.ebpfdocs.site.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes git's similarity counts as copied from one file into another. */
class SpansTest {
  @Test
  void everyByteOfTheSameTextIsCopied() {
    assertEquals(24, copied("one\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nfive\n"));
  }

  @Test
  void aLineCountsAsOftenAsTheOtherFileHasIt() {
    assertEquals(10, copied("same\nsame\nother\n", "same\nsame\nsame\n"));
    assertEquals(5, copied("same\nother\n", "same\nsame\nsame\n"));
  }

  @Test
  void aCrlfCountsAsLfInTextButNotInBinary() {
    assertEquals(8, copied("one\r\ntwo\r\n", "one\ntwo\n"));
    assertEquals(0, copied("\0one\r\n", "\0one\n"));
  }

  @Test
  void linesAreCutEvery64Bytes() {
    String long1 = "a".repeat(64) + "b".repeat(10) + "\n";
    String long2 = "a".repeat(64) + "c".repeat(10) + "\n";
    assertEquals(64, copied(long1, long2));
  }

  @Test
  void theTableIsEmptyAgainAfterUse() {
    Spans spans = Spans.of("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
    int[] table = Spans.emptyTable();
    spans.fill(table);
    spans.clear(table);
    assertEquals(0, java.util.Arrays.stream(table).filter(count -> count != 0).count());
  }

  private static long copied(String from, String to) {
    int[] table = Spans.emptyTable();
    Spans.of(to.getBytes(StandardCharsets.UTF_8)).fill(table);
    return Spans.of(from.getBytes(StandardCharsets.UTF_8)).copiedInto(table);
  }
}
