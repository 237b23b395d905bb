package io.ebpfdocs.versions;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** Open-addressing table from word-character names to feature indices, probed without copying. */
final class WordTable {
  private final byte[][] names;
  private final int[][] features;
  private final int[] slots; // entry index + 1; 0 = empty
  private final int mask;
  private final BitSet lengths = new BitSet();
  private final int maxLength;

  WordTable(Map<String, List<Integer>> byName) {
    int capacity = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    names = new byte[byName.size()][];
    features = new int[byName.size()][];
    int entry = 0;
    int longest = 0;
    for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
      byte[] name = e.getKey().getBytes(StandardCharsets.US_ASCII);
      names[entry] = name;
      features[entry] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      lengths.set(name.length);
      longest = Math.max(longest, name.length);
      int slot = hash(name, 0, name.length) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ++entry;
    }
    maxLength = longest;
  }

  private static int hash(byte[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    return h ^ (h >>> 15);
  }

  /** Adds the features of every maximal word-character run of {@code text} to {@code found}. */
  void scan(byte[] text, BitSet found) {
    if (names.length == 0) {
      return;
    }
    int n = text.length;
    int i = 0;
    while (i < n) {
      while (i < n && !WordMatcher.isWordByte(text[i])) {
        i++;
      }
      int start = i;
      while (i < n && WordMatcher.isWordByte(text[i])) {
        i++;
      }
      int length = i - start;
      if (length > 0 && length <= maxLength && lengths.get(length)) {
        lookup(text, start, i, found);
      }
    }
  }

  private void lookup(byte[] text, int from, int to, BitSet found) {
    int slot = hash(text, from, to) & mask;
    int length = to - from;
    for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      byte[] name = names[entry - 1];
      if (name.length == length && equalsRange(name, text, from)) {
        for (int feature : features[entry - 1]) {
          found.set(feature);
        }
        return;
      }
    }
  }

  private static boolean equalsRange(byte[] name, byte[] text, int from) {
    for (int k = 0; k < name.length; k++) {
      if (name[k] != text[from + k]) {
        return false;
      }
    }
    return true;
  }
}
