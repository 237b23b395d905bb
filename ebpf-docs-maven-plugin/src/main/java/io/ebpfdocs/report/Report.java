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

  /** A generated region whose text differs from what the page holds. */
  public record StaleRegion(String page, String region, int line) {}

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

  /** A problem that fails the run once the pages that could be generated are written. */
  public synchronized void failAfterWriting(String file, int line, String message) {
    failures.add(new Warning(file, line, message));
  }

  public void failAfterWriting(String message) {
    failAfterWriting("", 0, message);
  }

  public synchronized List<Warning> failures() {
    return Collections.unmodifiableList(new ArrayList<>(failures));
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
