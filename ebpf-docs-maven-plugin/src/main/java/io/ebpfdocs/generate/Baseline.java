package io.ebpfdocs.generate;

import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The warnings a tree has accepted, kept beside its data ({@code DATA/ebpfdocs-baseline.txt}) as
 * static-analysis tools keep a baseline: one key per line, the warning's file and message without
 * line numbers, so that editing a page or a data file does not invalidate it. Only warnings that
 * are not in it count in strict mode.
 *
 * @param keys the accepted warnings' keys
 */
public record Baseline(Set<String> keys) {
  public static final String FILE = "ebpfdocs-baseline.txt";
  private static final String HEADER = """
      # Warnings this tree accepts: ebpfdocs:check and ebpfdocs:generate with -Debpfdocs.strict=true fail
      # only on warnings not listed here. One warning a line, its file and message without line numbers.
      # Rewrite it from the current warnings with -Debpfdocs.baseline.update=true.
      """;
  /** A line number after a file name, in the warning's location or inside its message. */
  private static final Pattern LINE_NUMBER = Pattern.compile("(\\.[A-Za-z]+):\\d+\\b");

  public Baseline {
    keys = Set.copyOf(keys);
  }

  /** The baseline of {@code file}; empty when there is none. */
  public static Baseline read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new Baseline(Set.of());
    }
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String key = line.strip();
      if (!key.isEmpty() && !key.startsWith("#")) {
        keys.add(key);
      }
    }
    return new Baseline(keys);
  }

  /** The stable key of a warning: {@code FILE: MESSAGE} on one line, without line numbers. */
  public static String key(Warning warning) {
    String located = warning.file() == null || warning.file().isEmpty()
        ? warning.message() : warning.file() + ": " + warning.message();
    return LINE_NUMBER.matcher(located.replaceAll("\\s*\\R\\s*", " ")).replaceAll("$1").strip();
  }

  public boolean accepts(Warning warning) {
    return keys.contains(key(warning));
  }

  /** The warnings it does not accept, in order. */
  public List<Warning> unaccepted(List<Warning> warnings) {
    return warnings.stream().filter(w -> !accepts(w)).toList();
  }

  /** Its entries that none of {@code warnings} produces any more, sorted. */
  public List<String> unused(Collection<Warning> warnings) {
    Set<String> unused = new TreeSet<>(keys);
    warnings.forEach(w -> unused.remove(key(w)));
    return List.copyOf(unused);
  }

  /** Writes the baseline that accepts exactly {@code warnings}; true when the file changed. */
  public static boolean write(Path file, Collection<Warning> warnings) throws IOException {
    Set<String> keys = new TreeSet<>();
    warnings.forEach(w -> keys.add(key(w)));
    StringBuilder text = new StringBuilder(HEADER);
    keys.forEach(key -> text.append(key).append('\n'));
    return AtomicFiles.writeIfChanged(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
