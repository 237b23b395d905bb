package io.ebpfdocs.libbpf;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts the man-page style comment libbpf puts above each helper declaration into the Markdown
 * of a helper page.
 */
public final class ManPageConverter {
  /** The helper's name and the blank line under it: the page already has a title. */
  private static final int TITLE_LINES = 2;

  private final List<ConversionOverride> overrides;

  public ManPageConverter(List<ConversionOverride> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** A converter with the override table shipped with the plugin. */
  public static ManPageConverter standard() {
    return new ManPageConverter(ConversionOverrides.bundled());
  }

  /**
   * @param comment the comment's lines without their leading {@code " *"}
   * @return the Markdown blocks, each list item on its own line and other blocks separated by a
   *     blank line, ending with a newline; empty when the comment has no body
   */
  public String toMarkdown(List<String> comment) {
    List<String> body = new ArrayList<>();
    for (String line : comment.subList(Math.min(TITLE_LINES, comment.size()), comment.size())) {
      body.add(line.startsWith(" ") ? line.substring(1) : line);
    }
    List<ManPageBlock> blocks = ManPageBlockReader.read(body, overrides);
    StringBuilder markdown = new StringBuilder();
    ManPageBlock previous = null;
    for (ManPageBlock block : blocks) {
      if (previous != null) {
        markdown.append(previous.listItem() && block.listItem() ? "\n" : "\n\n");
      }
      markdown.append(block.text());
      previous = block;
    }
    return blocks.isEmpty() ? "" : markdown.append('\n').toString();
  }

  /** The content of a HELPER_FUNC_DEF region: the description, then the C declaration. */
  public String render(HelperDefinition helper) {
    String markdown = toMarkdown(helper.comment());
    String declaration = "`#!c " + helper.declaration() + "`\n";
    return markdown.isEmpty() ? declaration : markdown + "\n" + declaration;
  }
}
