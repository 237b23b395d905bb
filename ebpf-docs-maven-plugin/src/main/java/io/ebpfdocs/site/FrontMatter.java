package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The YAML block between {@code ---} lines at the top of a page, read with Jackson's YAML parser.
 *
 * @param lines how many source lines the block takes (so body line N is page line N + lines)
 */
public record FrontMatter(String title, String description, Set<String> hide, int lines) {
  public static final FrontMatter NONE = new FrontMatter(null, null, Set.of(), 0);
  private static final YAMLFactory YAML = new YAMLFactory();

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
    String title = null;
    String description = null;
    Set<String> hide = Set.of();
    try (JsonParser parser = YAML.createParser(yaml)) {
      JsonToken root = parser.nextToken();
      if (root != JsonToken.START_OBJECT) {
        parser.skipChildren(); // a list is read to its end, so that its errors are reported
        return new FrontMatter(null, null, Set.of(), lines);
      }
      // A repeated key replaces the earlier one.
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "title" -> title = value == JsonToken.VALUE_NULL ? null : text(parser, value);
          case "description" -> description = value == JsonToken.VALUE_NULL ? null : text(parser, value);
          case "hide" -> hide = items(parser, value);
          default -> parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
      throw new DocsException(file + ":" + line + ": front matter is not valid YAML (" + problem(e.getOriginalMessage())
          + "); fix the block between the '---' lines");
    } catch (IOException notFromAString) {
      throw new UncheckedIOException(notFromAString);
    }
    return new FrontMatter(title, description, hide, lines);
  }

  /**
   * A value as text, as Jackson's tree gives it ({@code JsonNode.asText()}): a number as Java writes
   * it, a list or a mapping as "". The front matter is read as tokens: Jackson's object mapper cost
   * ~0.3 s to start, paid by the first page of every build.
   */
  private static String text(JsonParser parser, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_NULL -> "null";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NUMBER_INT -> parser.getNumberValue().toString();
      case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
      case START_OBJECT, START_ARRAY -> {
        parser.skipChildren();
        yield "";
      }
      default -> parser.getText();
    };
  }

  /** The texts of a list's items, or of a mapping's values; none for a single value. */
  private static Set<String> items(JsonParser parser, JsonToken value) throws IOException {
    Set<String> items = new TreeSet<>();
    if (value == JsonToken.START_ARRAY) {
      for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
        items.add(text(parser, item));
      }
    } else if (value == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        items.add(text(parser, parser.nextToken()));
      }
    }
    return Set.copyOf(items);
  }

  /**
   * The parser's own words without the snippet and "in 'reader', line, column" lines it adds (they
   * are indented; the file and line are named already), on one line.
   */
  static String problem(String parserMessage) {
    return parserMessage.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .map(String::strip).collect(Collectors.joining("; "));
  }
}
