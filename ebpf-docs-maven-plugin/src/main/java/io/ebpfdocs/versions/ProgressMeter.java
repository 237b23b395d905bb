package io.ebpfdocs.versions;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Counts the steps of one phase and reports at most every few seconds (and at the end), with the
 * percentage done and an estimate of the time left from the rate so far. Thread-safe.
 */
final class ProgressMeter {
  private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final ProgressListener listener;
  private final String what;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private long lastReport;
  private int done;

  ProgressMeter(ProgressListener listener, String what, int total, LongSupplier nanoClock) {
    this.listener = listener;
    this.what = what;
    this.total = total;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.lastReport = start;
  }

  synchronized void step() {
    step("");
  }

  /** Counts a step; {@code detail} (may be empty) is appended to the line when one is due. */
  synchronized void step(String detail) {
    done++;
    long now = clock.getAsLong();
    if (done == total || now - lastReport >= INTERVAL_NANOS) {
      lastReport = now;
      listener.progress(line(now, detail));
    }
  }

  String line(long now, String detail) {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    String text = what + " " + done + "/" + total + " (" + percent + "%)" + detail;
    if (done > 0 && done < total) {
      long left = (now - start) / done * (total - done);
      text += ", about " + duration(left) + " left";
    }
    return text;
  }

  static String duration(long nanos) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
    return seconds < 60 ? seconds + "s" : seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
  }
}
