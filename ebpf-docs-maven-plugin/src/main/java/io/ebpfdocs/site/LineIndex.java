package io.ebpfdocs.site;

import java.util.Arrays;

/** 1-based line of a character offset, by binary search (flexmark's own lookup rescans the text per call). */
final class LineIndex {
  private final int[] lineStarts;

  LineIndex(CharSequence text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, count);
  }

  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
