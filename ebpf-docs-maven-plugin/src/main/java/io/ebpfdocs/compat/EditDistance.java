package io.ebpfdocs.compat;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest names by Levenshtein distance, ignoring case: what an answer suggests for an unknown name. */
final class EditDistance {
  private EditDistance() {}

  /** Up to {@code limit} names within a distance that grows with the name's length, closest first, ties by name. */
  static List<String> closest(String name, Collection<String> candidates, int limit) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(3, wanted.length() / 2);
    record Scored(String name, int distance) {}
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT), allowed)))
        .filter(s -> s.distance() <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** The edit distance, or {@code cap + 1} as soon as it is known to exceed {@code cap}. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) > cap) {
      return cap + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], cap + 1);
  }
}
