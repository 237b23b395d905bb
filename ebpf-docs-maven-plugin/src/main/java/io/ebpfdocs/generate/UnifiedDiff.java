package io.ebpfdocs.generate;

import java.util.ArrayList;
import java.util.List;

/** A short line diff of two texts, in unified format, for the stale-page report of {@code check}. */
final class UnifiedDiff {
  private static final int CONTEXT = 2;
  private static final long MAX_TABLE = 4_000_000L;

  private UnifiedDiff() {}

  private record Op(char kind, String line, int oldLine, int newLine) {}

  /** Hunks with two lines of context, at most {@code maxLines} lines of them; the rest is counted. */
  static String of(String path, String before, String after, int maxLines) {
    List<Op> ops = editScript(lines(before), lines(after));
    StringBuilder out = new StringBuilder("--- " + path + "\n+++ " + path + " (generated)\n");
    int shown = 0;
    int hidden = 0;
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int to = i;
      // Extend the hunk while the next change is within 2 * CONTEXT unchanged lines.
      int lastChange = i;
      while (to < ops.size() && to - lastChange <= 2 * CONTEXT + 1) {
        if (ops.get(to).kind() != ' ') {
          lastChange = to;
        }
        to++;
      }
      to = Math.min(ops.size(), lastChange + CONTEXT + 1);
      List<Op> hunk = ops.subList(from, to);
      long oldCount = hunk.stream().filter(op -> op.kind() != '+').count();
      long newCount = hunk.stream().filter(op -> op.kind() != '-').count();
      // An empty side is numbered by the line before it, as diff and patch do ("-0,0" for a new page).
      String header = "@@ -" + (hunk.get(0).oldLine() - (oldCount == 0 ? 1 : 0)) + "," + oldCount
          + " +" + (hunk.get(0).newLine() - (newCount == 0 ? 1 : 0)) + "," + newCount + " @@\n";
      if (shown < maxLines) {
        out.append(header);
        shown++;
      }
      for (Op op : hunk) {
        if (shown < maxLines) {
          out.append(op.kind()).append(op.line()).append('\n');
          shown++;
        } else {
          hidden++;
        }
      }
      i = to;
    }
    if (hidden > 0) {
      out.append("… ").append(hidden).append(" more lines\n");
    }
    return out.toString();
  }

  /** Common prefix and suffix, and an LCS edit script for the middle (stale regions are small). */
  private static List<Op> editScript(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new Op(' ', a.get(k), k + 1, k + 1));
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    int[][] lcs = (long) midA.size() * midB.size() <= MAX_TABLE ? lcsTable(midA, midB) : null;
    int i = 0;
    int j = 0;
    while (i < midA.size() || j < midB.size()) {
      int oldLine = prefix + i + 1;
      int newLine = prefix + j + 1;
      if (lcs != null && i < midA.size() && j < midB.size() && midA.get(i).equals(midB.get(j))) {
        ops.add(new Op(' ', midA.get(i++), oldLine, newLine));
        j++;
      } else if (i < midA.size() && (j == midB.size() || lcs == null || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', midA.get(i++), oldLine, newLine));
      } else {
        ops.add(new Op('+', midB.get(j++), oldLine, newLine));
      }
    }
    for (int k = a.size() - suffix; k < a.size(); k++) {
      ops.add(new Op(' ', a.get(k), k + 1, k + 1 + b.size() - a.size()));
    }
    return ops;
  }

  private static int[][] lcsTable(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
