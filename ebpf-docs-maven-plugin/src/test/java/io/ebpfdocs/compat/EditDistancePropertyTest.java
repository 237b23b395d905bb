package io.ebpfdocs.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The capped edit distance agrees with the textbook one wherever it is within the cap. */
class EditDistancePropertyTest {
  private static final String[] PIECES = {"a", "b", "_", "bpf", "map", "X"};

  @Test
  void agreesWithTheFullTableWithinTheCap() {
    PropertyCheck.forAll("capped distance = full distance, else cap + 1", random -> {
      String a = PropertyCheck.text(random, PIECES, 6);
      String b = PropertyCheck.text(random, PIECES, 6);
      int cap = random.nextInt(8);
      int full = full(a, b);
      assertEquals(full <= cap ? full : cap + 1, EditDistance.distance(a, b, cap), a + " / " + b + " cap " + cap);
      assertEquals(EditDistance.distance(a, b, cap), EditDistance.distance(b, a, cap), "symmetric");
    });
  }

  private static int full(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
            Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
