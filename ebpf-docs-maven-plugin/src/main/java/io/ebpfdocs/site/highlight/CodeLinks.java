package io.ebpfdocs.site.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown links written inside code blocks ({@code [bpf_map_lookup_elem](../helper/x.md)}), which
 * ebpf-docs turns into real links (its links_in_code hook): the link syntax is removed from the code
 * and the text becomes a link.
 */
public final class CodeLinks {
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]+)]\\(([^()\\s]+)\\)");

  private CodeLinks() {}

  /** A link over code[start, end) once the syntax is removed. */
  public record Range(int start, int end, String url) {}

  /** Code with link syntax removed, and where the links go. */
  public record Result(String code, List<Range> links) {}

  public static Result extract(String code) {
    if (code.indexOf("](") < 0) {
      return new Result(code, List.of());
    }
    Matcher m = LINK.matcher(code);
    StringBuilder out = new StringBuilder(code.length());
    List<Range> links = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      out.append(code, last, m.start());
      int start = out.length();
      out.append(m.group(1));
      links.add(new Range(start, out.length(), m.group(2)));
      last = m.end();
    }
    out.append(code, last, code.length());
    return new Result(out.toString(), links);
  }

  /** The URLs linked in a code block with their 0-based line within it. */
  public record Found(int line, String url) {}

  public static List<Found> find(String code) {
    List<Found> found = new ArrayList<>();
    if (code.indexOf("](") < 0) {
      return found;
    }
    Matcher m = LINK.matcher(code);
    int line = 0;
    int scanned = 0;
    while (m.find()) {
      for (int i = scanned; i < m.start(); i++) {
        if (code.charAt(i) == '\n') {
          line++;
        }
      }
      scanned = m.start();
      found.add(new Found(line, m.group(2)));
    }
    return found;
  }
}
