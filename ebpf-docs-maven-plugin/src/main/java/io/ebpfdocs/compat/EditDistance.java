package io.ebpfdocs.compat;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Closest names, ignoring case: names that contain the typed word, then names by Levenshtein
 * distance. What an answer suggests for an unknown name.
 */
final class EditDistance {
  /** Shorter words are inside too many names to suggest by containment. */
  private static final int CONTAINED_MIN_LENGTH = 3;

  private EditDistance() {}

  /** How a candidate relates to the typed word; the lower the closer. */
  private enum Tier { ENDS_WITH_WORD, CONTAINS_WORD, DISTANCE }

  /**
   * Up to {@code limit} names: first those whose last {@code _} part is the word ({@code xdp}:
   * {@code BPF_PROG_TYPE_XDP}), then the others that contain it, each shortest first; then those
   * within a distance that grows with the name's length, closest first; ties by name.
   */
  static List<String> closest(String name, Collection<String> candidates, int limit) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(3, wanted.length() / 2);
    record Scored(String name, Tier tier, int distance) {}
    return candidates.stream()
        .distinct()
        .map(c -> {
          String candidate = c.toLowerCase(Locale.ROOT);
          if (wanted.length() < CONTAINED_MIN_LENGTH || !candidate.contains(wanted)) {
            return new Scored(c, Tier.DISTANCE, distance(wanted, candidate, allowed));
          }
          boolean endsWithWord = candidate.equals(wanted) || candidate.endsWith("_" + wanted);
          return new Scored(c, endsWithWord ? Tier.ENDS_WITH_WORD : Tier.CONTAINS_WORD, candidate.length());
        })
        .filter(s -> s.tier() != Tier.DISTANCE || s.distance() <= allowed)
        .sorted(Comparator.comparing(Scored::tier).thenComparingInt(Scored::distance).thenComparing(Scored::name))
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
