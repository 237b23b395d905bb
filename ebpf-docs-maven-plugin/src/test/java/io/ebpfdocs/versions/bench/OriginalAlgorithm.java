package io.ebpfdocs.versions.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The original version-finder algorithm, run as it ran: git subprocesses in a clone with a work
 * tree, a checkout per tag, one {@code git grep -q -w} per still-wanted feature per tag, then one
 * {@code git bisect run} per feature (the grep inverted in {@code sh -c}, its pathspecs left
 * unquoted as the original left them), one {@code git bisect reset} at the end.
 *
 * <p>It stops at a deadline; the rest is then extrapolated from the rates measured so far (the
 * tag phase gets at most half of the time so that the bisection rate is measured too).
 */
final class OriginalAlgorithm {
  /** A feature's result; {@code done} is false when the deadline stopped its search. */
  record Found(String version, String commit, boolean done) {}

  /** Results by feature name plus timing; {@code greps} and {@code bisections} count the work done. */
  record Outcome(Map<String, Found> found, long nanos, boolean complete, int greps,
      int bisections, double nanosPerGrep, double nanosPerBisection) {}

  private final Path clone;
  private final List<String> pathspecs;

  OriginalAlgorithm(Path clone, List<String> pathspecs) {
    this.clone = clone;
    this.pathspecs = pathspecs;
  }

  Outcome run(List<String> features, Pattern tagRule, long limitNanos)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<String> tags = new ArrayList<>();
    for (String tag : git("for-each-ref", "--sort", "-creatordate", "--format",
        "%(refname:short)", "refs/tags").output().split("\n")) {
      if (tagRule.matcher(tag).find()) {
        tags.add(tag);
      }
    }
    Map<String, String> version = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    String lastTag = "";
    boolean tagsDone = true;
    int greps = 0;
    long tagPhaseDeadline = start + limitNanos / 2;
    outer:
    for (String tag : tags) {
      git("checkout", tag);
      for (String feature : features) {
        if (!version.getOrDefault(feature, "").equals(lastTag)) {
          continue;
        }
        if (System.nanoTime() > tagPhaseDeadline) {
          tagsDone = false;
          break outer;
        }
        List<String> grep = new ArrayList<>(List.of("grep", "-q", "-w", "-e", feature, "--"));
        grep.addAll(pathspecs);
        greps++;
        if (git(grep.toArray(String[]::new)).code() == 0) {
          version.put(feature, tag);
          previous.remove(feature);
        } else {
          previous.put(feature, tag);
        }
      }
      lastTag = tag;
    }
    long tagPhase = System.nanoTime() - start;
    long deadline = start + limitNanos;
    Map<String, Found> found = new HashMap<>();
    int bisections = 0;
    long bisectStart = System.nanoTime();
    for (String feature : features) {
      String v = version.getOrDefault(feature, "");
      if (!tagsDone && !previous.containsKey(feature)) { // the deadline stopped its tag walk
        found.put(feature, new Found(v, "", false));
        continue;
      }
      if (v.isEmpty() || !previous.containsKey(feature)) {
        found.put(feature, new Found(v, "", true));
        continue;
      }
      if (System.nanoTime() > deadline) {
        found.put(feature, new Found(v, "", false));
        continue;
      }
      git("bisect", "start", v, previous.get(feature));
      String test = "! git grep -q -w -e " + feature + " -- " + String.join(" ", pathspecs);
      git("bisect", "run", "sh", "-c", test);
      found.put(feature, new Found(v, git("rev-parse", "refs/bisect/bad").output().trim(), true));
      bisections++;
    }
    long bisectPhase = System.nanoTime() - bisectStart;
    git("bisect", "reset");
    boolean complete = found.values().stream().allMatch(Found::done);
    return new Outcome(found, System.nanoTime() - start, complete, greps, bisections,
        greps == 0 ? 0 : (double) tagPhase / greps,
        bisections == 0 ? 0 : (double) bisectPhase / bisections);
  }

  private record Result(int code, String output) {}

  private Result git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "advice.detachedHead=false"));
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).directory(clone.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
