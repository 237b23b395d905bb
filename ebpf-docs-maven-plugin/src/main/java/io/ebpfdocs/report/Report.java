package io.ebpfdocs.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run found: warnings with their location, the regions that changed, and named counters
 * for the summary line. Generators write to it; the edges (Mojos, tests) read it.
 */
public final class Report {
  private final List<Warning> warnings = new ArrayList<>();
  private final List<StaleRegion> staleRegions = new ArrayList<>();
  private final Map<String, Integer> counters = new LinkedHashMap<>();
  private final List<Warning> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final boolean damagedMarkersFail;

  /** A generated region whose text differs from what the page holds. */
  public record StaleRegion(String page, String region, int line) {}

  /** A report in which damaged markers are warnings (the preview, the spellcheck, the tests). */
  public Report() {
    this(false);
  }

  /** @param damagedMarkersFail whether a region that can no longer be verified fails the run */
  public Report(boolean damagedMarkersFail) {
    this.damagedMarkersFail = damagedMarkersFail;
  }

  public synchronized void warn(String file, int line, String message) {
    warnings.add(new Warning(file, line, message));
  }

  public void warn(String message) {
    warn("", 0, message);
  }

  public synchronized void count(String counter, int n) {
    counters.merge(counter, n, Integer::sum);
  }

  public synchronized void stale(String page, String region, int line) {
    staleRegions.add(new StaleRegion(page, region, line));
  }

  /**
   * A start marker whose region cannot be found (no stop marker, a bad argument): the region can no
   * longer be verified, so it fails the run after writing, unless this report only warns.
   */
  public void damagedMarker(String page, int line, String message) {
    if (damagedMarkersFail) {
      failAfterWriting(page, line, message + "; repair the marker (or run with -Debpfdocs.check.damaged=warn while the tree is repaired)");
    } else {
      warn(page, line, message);
    }
  }

  /** A problem that fails the run once the pages that could be generated are written. */
  public synchronized void failAfterWriting(String file, int line, String message) {
    failures.add(new Warning(file, line, message));
  }

  /** A failure that concerns no file in particular. */
  public void failAfterWriting(String message) {
    failAfterWriting("", 0, message);
  }

  public synchronized List<Warning> failures() {
    return Collections.unmodifiableList(new ArrayList<>(failures));
  }

  /** Something the log should say once, at INFO: which inputs were used, say. */
  public synchronized void note(String message) {
    notes.add(message);
  }

  public synchronized List<String> notes() {
    return Collections.unmodifiableList(new ArrayList<>(notes));
  }

  public synchronized List<Warning> warnings() {
    return Collections.unmodifiableList(new ArrayList<>(warnings));
  }

  public synchronized List<StaleRegion> staleRegions() {
    return Collections.unmodifiableList(new ArrayList<>(staleRegions));
  }

  public synchronized int counter(String counter) {
    return counters.getOrDefault(counter, 0);
  }

  public synchronized Map<String, Integer> counters() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(counters));
  }
}
