package io.ebpfdocs.site.history;

import java.util.Arrays;

/**
 * A file as git's rename and copy detection sees it (diffcore-delta.c): cut into spans that end at a
 * newline or after 64 bytes, each span hashed into one of 107,927 buckets, and the bytes counted per
 * bucket. The bytes one file copied into another are, bucket by bucket, the smaller of the two counts
 * (spans that share a bucket count as copied, as they do for git).
 */
final class Spans {
  private static final int BUCKETS = 107_927;
  private static final int LONGEST = 64;
  /** git calls a file binary when a NUL byte is among its first 8,000 bytes. */
  private static final int SNIFFED = 8000;

  /** Ascending. */
  private final int[] buckets;
  /** Bytes hashed into each bucket. */
  private final int[] bytes;

  private Spans(int[] buckets, int[] bytes) {
    this.buckets = buckets;
    this.bytes = bytes;
  }

  static Spans of(byte[] data) {
    boolean text = !binary(data);
    // bucket << 32 | bytes, one per span, then sorted and summed by bucket
    long[] spans = new long[16];
    int count = 0;
    int accum1 = 0;
    int accum2 = 0;
    int n = 0;
    for (int i = 0; i < data.length; i++) {
      int c = data[i] & 0xff;
      if (text && c == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
        continue; // a CRLF counts as LF
      }
      int old1 = accum1;
      accum1 = (accum1 << 7) ^ (accum2 >>> 25);
      accum2 = (accum2 << 7) ^ (old1 >>> 25);
      accum1 += c;
      if (++n < LONGEST && c != '\n') {
        continue;
      }
      if (count == spans.length) {
        spans = Arrays.copyOf(spans, count * 2);
      }
      spans[count++] = (long) bucket(accum1, accum2) << 32 | n;
      n = 0;
      accum1 = 0;
      accum2 = 0;
    }
    if (n > 0) {
      spans = Arrays.copyOf(spans, count + 1);
      spans[count++] = (long) bucket(accum1, accum2) << 32 | n;
    }
    Arrays.sort(spans, 0, count);
    int[] buckets = new int[count];
    int[] bytes = new int[count];
    int distinct = -1;
    for (int i = 0; i < count; i++) {
      int bucket = (int) (spans[i] >>> 32);
      if (distinct < 0 || buckets[distinct] != bucket) {
        buckets[++distinct] = bucket;
      }
      bytes[distinct] += (int) spans[i];
    }
    return new Spans(Arrays.copyOf(buckets, distinct + 1), Arrays.copyOf(bytes, distinct + 1));
  }

  /** A table of bytes by bucket, for {@link #fill}. */
  static int[] emptyTable() {
    return new int[BUCKETS];
  }

  /** Puts this file's bytes by bucket into an empty table, to score many other files against it. */
  void fill(int[] table) {
    for (int i = 0; i < buckets.length; i++) {
      table[buckets[i]] = bytes[i];
    }
  }

  /** Empties a table this file {@link #fill}ed. */
  void clear(int[] table) {
    for (int bucket : buckets) {
      table[bucket] = 0;
    }
  }

  /** The bytes of this file found again in the file of {@code table}. */
  long copiedInto(int[] table) {
    long copied = 0;
    for (int i = 0; i < buckets.length; i++) {
      copied += Math.min(bytes[i], table[buckets[i]]);
    }
    return copied;
  }

  private static int bucket(int accum1, int accum2) {
    return Integer.remainderUnsigned(accum1 + accum2 * 0x61, BUCKETS);
  }

  private static boolean binary(byte[] data) {
    for (int i = 0, end = Math.min(data.length, SNIFFED); i < end; i++) {
      if (data[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
