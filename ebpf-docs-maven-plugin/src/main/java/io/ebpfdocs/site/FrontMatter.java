package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The YAML block between {@code ---} lines at the top of a page, parsed with Jackson.
 *
 * @param lines how many source lines the block takes (so body line N is page line N + lines)
 */
public record FrontMatter(String title, String description, Set<String> hide, int lines) {
  public static final FrontMatter NONE = new FrontMatter(null, null, Set.of(), 0);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The page split into front matter and Markdown body. */
  public record Split(FrontMatter frontMatter, String body) {}

  public static Split split(String page, String file) throws DocsException {
    if (!page.startsWith("---\n") && !page.startsWith("---\r\n")) {
      return new Split(NONE, page);
    }
    int start = page.indexOf('\n') + 1;
    int lineCount = 1;
    for (int i = start; i < page.length(); ) {
      int nl = page.indexOf('\n', i);
      int end = nl < 0 ? page.length() : nl;
      String line = page.substring(i, end).stripTrailing();
      lineCount++;
      if (line.equals("---") || line.equals("...")) {
        FrontMatter fm = parse(page.substring(start, i), file, lineCount);
        return new Split(fm, nl < 0 ? "" : page.substring(nl + 1));
      }
      i = end + 1;
    }
    return new Split(NONE, page); // no closing line: Python-Markdown treats it as text too
  }

  private static FrontMatter parse(String yaml, String file, int lines) throws DocsException {
    JsonNode root;
    try {
      root = yaml.isBlank() ? null : YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
      throw new DocsException(file + ":" + line + ": front matter is not valid YAML (" + problem(e.getOriginalMessage())
          + "); fix the block between the '---' lines");
    }
    if (root == null || !root.isObject()) {
      return new FrontMatter(null, null, Set.of(), lines);
    }
    Set<String> hide = new TreeSet<>();
    root.path("hide").forEach(n -> hide.add(n.asText()));
    return new FrontMatter(text(root, "title"), text(root, "description"), Set.copyOf(hide), lines);
  }

  /**
   * The parser's own words without the snippet and "in 'reader', line, column" lines it adds (they
   * are indented; the file and line are named already), on one line.
   */
  static String problem(String parserMessage) {
    return parserMessage.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .map(String::strip).collect(Collectors.joining("; "));
  }

  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
