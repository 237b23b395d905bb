package io.ebpfdocs.bench;

import java.util.Arrays;

/** Timing helpers shared by the on-demand benchmarks: warm-up, sorted samples, ratios to a baseline. */
final class Bench {
  private Bench() {}

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Median-friendly samples after as many warm-up rounds. */
  static long[] time(int rounds, Work work) throws Exception {
    for (int i = 0; i < rounds; i++) {
      work.run();
    }
    long[] samples = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      work.run();
      samples[i] = System.nanoTime() - start;
    }
    Arrays.sort(samples);
    return samples;
  }

  static void report(String what, long[] samples, long[] baseline) {
    double median = samples[samples.length / 2] / 1e6;
    double base = baseline[baseline.length / 2] / 1e6;
    System.out.printf("%-28s median %8.1f ms  (min %.1f, max %.1f)  = %5.1f x baseline%n",
        what, median, samples[0] / 1e6, samples[samples.length - 1] / 1e6, median / base);
  }
}
