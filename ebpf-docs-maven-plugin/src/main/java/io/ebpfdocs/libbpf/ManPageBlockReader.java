package io.ebpfdocs.libbpf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Splits the body of a helper comment (tab-indented reStructuredText as written by the kernel's
 * bpf_doc.py) into Markdown blocks. The block kinds are tried in a fixed order at the current
 * line; every kind consumes at least one line.
 */
final class ManPageBlockReader {
  private static final String CODE_INDENT = "\t\t";
  private static final Pattern LIST_ITEM = Pattern.compile("^\t[ \t]*\\*[ \t]+");

  private final List<String> lines;
  private final List<ConversionOverride> overrides;
  private final List<ManPageBlock> blocks = new ArrayList<>();
  private int cursor;

  private ManPageBlockReader(List<String> lines, List<ConversionOverride> overrides) {
    this.lines = lines;
    this.overrides = overrides;
  }

  static List<ManPageBlock> read(List<String> lines, List<ConversionOverride> overrides) {
    ManPageBlockReader reader = new ManPageBlockReader(lines, overrides);
    reader.readAll();
    return reader.blocks;
  }

  private void readAll() {
    while (cursor < lines.size()) {
      String line = lines.get(cursor);
      if (line.isEmpty()) {
        cursor++;
      } else if (applyOverride()) {
        // the override consumed its lines
      } else if (line.startsWith("\t::")) {
        readCode();
      } else if (isPseudoListItem(line)) {
        readIndentedItem("* " + stripIndent(line) + ":", false);
      } else if (LIST_ITEM.matcher(line).find()) {
        readIndentedItem(stripIndent(line), true);
      } else if (line.startsWith("\t")) {
        readText(indentOf(line));
      } else {
        blocks.add(ManPageBlock.of("### " + line.replaceFirst("^ +", "")));
        cursor++;
      }
    }
  }

  private boolean applyOverride() {
    for (ConversionOverride override : overrides) {
      if (matchesAtCursor(override.lines())) {
        blocks.add(ManPageBlock.of(override.markdown()));
        cursor += override.lines().size();
        return true;
      }
    }
    return false;
  }

  private boolean matchesAtCursor(List<String> expected) {
    if (cursor + expected.size() > lines.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!stripIndent(lines.get(cursor + i)).equals(expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A {@code ::} line, one skipped line, then every blank line or line indented by two tabs. */
  private void readCode() {
    List<String> code = new ArrayList<>();
    int i = cursor + 2;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isEmpty() && !line.startsWith(CODE_INDENT)) {
        break;
      }
      code.add(line.isEmpty() ? line : line.substring(CODE_INDENT.length()));
    }
    cursor = Math.min(i, lines.size());
    while (!code.isEmpty() && code.get(code.size() - 1).isEmpty()) {
      code.remove(code.size() - 1);
    }
    StringBuilder fence = new StringBuilder("```\n");
    code.forEach(line -> fence.append(line).append('\n'));
    blocks.add(ManPageBlock.of(fence.append("```").toString()));
  }

  /** A bold term at the top indentation whose explanation follows on deeper lines. */
  private boolean isPseudoListItem(String line) {
    return line.startsWith("\t**")
        && cursor + 1 < lines.size()
        && indentOf(lines.get(cursor + 1)) > indentOf(line);
  }

  /** The current line plus the following lines (blank or) indented deeper than it. */
  private void readIndentedItem(String firstText, boolean listItem) {
    int indent = indentOf(lines.get(cursor));
    cursor++;
    String text = joinUntil(firstText, line -> indentOf(lines.get(line)) <= indent && !lines.get(line).isEmpty());
    blocks.add(new ManPageBlock(text, listItem));
  }

  private void readText(int indent) {
    String text = joinUntil("", line -> lines.get(line).isEmpty() || indentOf(lines.get(line)) != indent);
    blocks.add(ManPageBlock.of(text));
  }

  /** Joins the lines from the cursor up to the first one that ends the block, skipping blanks. */
  private String joinUntil(String firstText, IntPredicate endsBlock) {
    StringBuilder text = new StringBuilder(firstText);
    for (; cursor < lines.size() && !endsBlock.test(cursor); cursor++) {
      String line = lines.get(cursor);
      if (line.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(stripIndent(line));
    }
    return InlineMarkup.clean(text.toString());
  }

  static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && isIndent(line.charAt(indent))) {
      indent++;
    }
    return indent;
  }

  static String stripIndent(String line) {
    return line.substring(indentOf(line));
  }

  private static boolean isIndent(char c) {
    return c == '\t' || c == ' ';
  }
}
