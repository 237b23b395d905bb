package io.ebpfdocs;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many seeded random cases. A failure names its seed, so that it can be
 * replayed; {@code -Debpfdocs.seed=N} moves the first seed to explore other cases.
 */
public final class PropertyCheck {
  public static final int CASES = 500;

  private PropertyCheck() {}

  public static void forAll(String property, Consumer<Random> check) {
    long first = Long.getLong("ebpfdocs.seed", 20_261_122L);
    for (int i = 0; i < CASES; i++) {
      long seed = first + i;
      try {
        check.accept(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(property + " fails for seed " + seed + " (-Debpfdocs.seed=" + seed + "): " + e.getMessage(), e);
      }
    }
  }

  /** Random text from the given pieces, {@code 0..maxPieces} of them. */
  public static String text(Random random, String[] pieces, int maxPieces) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }

  /** Occurrences of {@code needle}, overlapping ones included. */
  public static int occurrences(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  /** The 1-based line of {@code offset}. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
