package io.ebpfdocs.versions;

import java.util.Arrays;
import java.util.BitSet;

/** An immutable set of feature indices (see {@link FeatureIndex}); small, hashable, shareable. */
final class FeatureSet {
  static final FeatureSet EMPTY = new FeatureSet(new long[0]);

  private final long[] words;
  private final int hash;

  private FeatureSet(long[] words) {
    this.words = words;
    this.hash = Arrays.hashCode(words);
  }

  static FeatureSet of(BitSet bits) {
    return bits.isEmpty() ? EMPTY : new FeatureSet(bits.toLongArray());
  }

  /** The features whose count is positive. */
  static FeatureSet ofCounts(int[] counts) {
    BitSet bits = new BitSet();
    for (int f = 0; f < counts.length; f++) {
      if (counts[f] > 0) {
        bits.set(f);
      }
    }
    return of(bits);
  }

  /** Adds {@code delta} to the count of each member. */
  void count(int[] counts, int delta) {
    for (int i = 0; i < words.length; i++) {
      for (long w = words[i]; w != 0; w &= w - 1) {
        counts[i * 64 + Long.numberOfTrailingZeros(w)] += delta;
      }
    }
  }

  boolean contains(int index) {
    int word = index >>> 6;
    return word < words.length && (words[word] & (1L << index)) != 0;
  }

  boolean isEmpty() {
    return words.length == 0;
  }

  /** Adds this set's members to {@code into}. */
  void addTo(BitSet into) {
    for (int i = 0; i < words.length; i++) {
      long w = words[i];
      while (w != 0) {
        int bit = Long.numberOfTrailingZeros(w);
        into.set(i * 64 + bit);
        w &= w - 1;
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureSet other && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    BitSet bits = new BitSet();
    addTo(bits);
    return bits.toString();
  }
}
