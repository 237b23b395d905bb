package io.ebpfdocs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  private static final String HEAD = "--- p.md\n+++ p.md (generated)\n";

  private static String diff(String before, String after) {
    return UnifiedDiff.of("p.md", before, after, 100);
  }

  @Test
  void changedLineWithTwoLinesOfContext() {
    assertEquals(HEAD + "@@ -2,5 +2,5 @@\n 2\n 3\n-4\n+X\n 5\n 6\n", diff("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\nX\n5\n6\n7\n"));
  }

  @Test
  void insertionAndRemovalInTheMiddle() {
    assertEquals(HEAD + "@@ -1,4 +1,5 @@\n 1\n 2\n+N\n 3\n 4\n", diff("1\n2\n3\n4\n", "1\n2\nN\n3\n4\n"));
    assertEquals(HEAD + "@@ -1,5 +1,4 @@\n 1\n 2\n-3\n 4\n 5\n", diff("1\n2\n3\n4\n5\n", "1\n2\n4\n5\n"));
  }

  @Test
  void newPageAndEmptiedPageCountFromLineZero() {
    assertEquals(HEAD + "@@ -0,0 +1,2 @@\n+a\n+b\n", diff(null, "a\nb\n"));
    assertEquals(HEAD + "@@ -1,2 +0,0 @@\n-a\n-b\n", diff("a\nb\n", ""));
  }

  @Test
  void changesFarApartMakeTwoHunksCloseOnesOne() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    assertEquals(HEAD + "@@ -1,3 +1,3 @@\n-1\n+A\n 2\n 3\n@@ -8,3 +8,3 @@\n 8\n 9\n-10\n+B\n",
        diff(before, before.replace("1\n2", "A\n2").replace("10\n", "B\n")));
    // Four unchanged lines between changes: the two contexts meet, one hunk.
    assertEquals(HEAD + "@@ -1,8 +1,8 @@\n-1\n+A\n 2\n 3\n 4\n 5\n-6\n+B\n 7\n 8\n",
        diff(before, before.replace("1\n2", "A\n2").replace("6\n", "B\n")));
    // Five: line 4 is in neither context, two hunks.
    assertEquals(HEAD + "@@ -1,3 +1,3 @@\n-1\n+A\n 2\n 3\n@@ -5,5 +5,5 @@\n 5\n 6\n-7\n+B\n 8\n 9\n",
        diff(before, before.replace("1\n2", "A\n2").replace("7\n", "B\n")));
  }

  @Test
  void missingFinalNewlineAndLongDiffsAreTruncated() {
    assertEquals(HEAD + "@@ -1,1 +1,1 @@\n-a\n+b\n", diff("a", "b"));
    String many = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    assertEquals(HEAD + "@@ -0,0 +1,10 @@\n+1\n+2\n… 8 more lines\n", UnifiedDiff.of("p.md", "", many, 3));
  }
}
