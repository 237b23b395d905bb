package io.ebpfdocs.versions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The entries of a raw git tree object ({@code <octal mode> <name>\0<20-byte id>}, sorted in git
 * order), parsed once and compared entry by entry with another version of the same directory.
 */
final class RawTree {
  private static final int TREE_MODE = 040000;
  private static final int REGULAR_FILE = 0100644;
  private static final int EXECUTABLE_FILE = 0100755;

  private final byte[] raw;
  private final int[] start;     // entry i: raw[start[i] .. start[i + 1])
  private final int[] nameStart;
  private final int[] mode;
  private final int size;

  RawTree(byte[] raw) {
    this.raw = raw;
    int capacity = Math.max(4, raw.length / 28);
    int[] starts = new int[capacity + 1];
    int[] names = new int[capacity];
    int[] modes = new int[capacity];
    int n = 0;
    int at = 0;
    while (at < raw.length) {
      if (n == names.length) {
        starts = Arrays.copyOf(starts, 2 * n + 1);
        names = Arrays.copyOf(names, 2 * n);
        modes = Arrays.copyOf(modes, 2 * n);
      }
      starts[n] = at;
      int m = 0;
      while (raw[at] != ' ') {
        m = (m << 3) + raw[at++] - '0';
      }
      modes[n] = m;
      names[n] = ++at;
      while (raw[at] != 0) {
        at++;
      }
      at += 1 + Constants.OBJECT_ID_LENGTH;
      n++;
    }
    starts[n] = at;
    this.start = starts;
    this.nameStart = names;
    this.mode = modes;
    this.size = n;
  }

  int size() {
    return size;
  }

  boolean isTree(int i) {
    return mode[i] == TREE_MODE;
  }

  /** A regular or executable file (git grep reads no symlinks or submodules). */
  boolean isFile(int i) {
    return mode[i] == REGULAR_FILE || mode[i] == EXECUTABLE_FILE;
  }

  String name(int i) {
    return new String(raw, nameStart[i], nameEnd(i) - nameStart[i], StandardCharsets.UTF_8);
  }

  ObjectId id(int i) {
    return ObjectId.fromRaw(raw, nameEnd(i) + 1);
  }

  void id(int i, MutableObjectId into) {
    into.fromRaw(raw, nameEnd(i) + 1);
  }

  /** Whether entry {@code i} here and entry {@code j} of {@code other} are the same bytes. */
  boolean sameEntry(int i, RawTree other, int j) {
    return Arrays.equals(raw, start[i], start[i + 1], other.raw, other.start[j], other.start[j + 1]);
  }

  /** Git's order of entry names: a directory's name compares as if it ended in '/'. */
  int compareName(int i, RawTree other, int j) {
    int aFrom = nameStart[i];
    int aLen = nameEnd(i) - aFrom;
    int bFrom = other.nameStart[j];
    int bLen = other.nameEnd(j) - bFrom;
    int common = Math.min(aLen, bLen);
    int cmp = Arrays.compareUnsigned(raw, aFrom, aFrom + common, other.raw, bFrom, bFrom + common);
    if (cmp != 0) {
      return cmp;
    }
    int a = aLen > common ? raw[aFrom + common] & 0xff : isTree(i) ? '/' : 0;
    int b = bLen > common ? other.raw[bFrom + common] & 0xff : other.isTree(j) ? '/' : 0;
    return Integer.compare(a, b);
  }

  private int nameEnd(int i) {
    return start[i + 1] - 1 - Constants.OBJECT_ID_LENGTH;
  }
}
