package io.ebpfdocs.scaffold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder's SUMMARY.md (literate-nav): a Markdown list of links, often grouped. A new page goes
 * right after its previous neighbour in the data when the file lists it (the kfuncs of a set are
 * mostly listed together), else right before its next neighbour, else at the end as a top-level
 * entry; always written the way the file writes its own entries ({@code *} or {@code -}, indent).
 */
final class SummaryFile {
  private static final Pattern ENTRY = Pattern.compile("^(\\s*[*+-] )\\[");

  private SummaryFile() {}

  /** Whether the file already links the page {@code NAME.md}. */
  static boolean lists(String summary, String name) {
    return summary.contains(link(name));
  }

  /** The summary with an entry for {@code name}, placed by its neighbours in the data when the file lists them. */
  static String add(String summary, String name, Optional<String> previous, Optional<String> next) {
    List<String> lines = new ArrayList<>(Arrays.asList(summary.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int after = previous.map(p -> indexOf(lines, p)).orElse(-1);
    int before = next.map(n -> indexOf(lines, n)).orElse(-1);
    if (after >= 0) {
      lines.add(after + 1, entry(prefix(lines.get(after)), name));
    } else if (before >= 0) {
      lines.add(before, entry(prefix(lines.get(before)), name));
    } else {
      lines.add(entry(topLevelPrefix(lines), name));
    }
    return String.join("\n", lines) + "\n";
  }

  private static int indexOf(List<String> lines, String name) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(link(name)) && ENTRY.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static String prefix(String line) {
    Matcher m = ENTRY.matcher(line);
    return m.find() ? m.group(1) : "* ";
  }

  /** The bullet of the file's first top-level entry; {@code *} for a file without one. */
  private static String topLevelPrefix(List<String> lines) {
    for (String line : lines) {
      Matcher m = ENTRY.matcher(line);
      if (m.find() && !Character.isWhitespace(line.charAt(0))) {
        return m.group(1);
      }
    }
    return "* ";
  }

  private static String entry(String prefix, String name) {
    return prefix + "[`" + name + "`]" + link(name).substring(1);
  }

  private static String link(String name) {
    return "](" + name + ".md)";
  }
}
