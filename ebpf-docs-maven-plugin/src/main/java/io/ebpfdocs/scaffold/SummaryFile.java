package io.ebpfdocs.scaffold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder's SUMMARY.md (literate-nav): a Markdown list of links. New pages go at its end as
 * top-level entries, written the way the file writes its own ({@code *} or {@code -}).
 */
final class SummaryFile {
  private static final Pattern FIRST_ENTRY = Pattern.compile("(?m)^([*+-]) \\[");

  private SummaryFile() {}

  /** Whether the file already links the page ({@code NAME.md}, relative to its folder). */
  static boolean lists(String summary, String fileName) {
    return summary.contains("](" + fileName + ")");
  }

  /** The summary with a top-level entry for the page appended. */
  static String add(String summary, String name, String fileName) {
    Matcher first = FIRST_ENTRY.matcher(summary);
    String bullet = first.find() ? first.group(1) : "*";
    String text = summary.isEmpty() || summary.endsWith("\n") ? summary : summary + "\n";
    return text + bullet + " [`" + name + "`](" + fileName + ")\n";
  }
}
