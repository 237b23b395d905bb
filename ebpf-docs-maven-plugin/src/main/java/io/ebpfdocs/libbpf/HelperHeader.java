package io.ebpfdocs.libbpf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The helpers of a bpf_helper_defs.h: each declaration with the comment block above it.
 *
 * @param helpers in the order of the header; a helper declared twice keeps its later declaration
 * @param warnings problems found while reading
 */
public record HelperHeader(List<HelperDefinition> helpers, List<InputWarning> warnings) {
  /** {@code static RET (* const NAME)(ARGS) = (void *) N;}, also the older form without const. */
  private static final Pattern DECLARATION =
      Pattern.compile("static [^(]+ \\*?\\(\\*(?: const )?([^)]+)\\)[^\\n]+;");

  public HelperHeader {
    helpers = List.copyOf(helpers);
    warnings = List.copyOf(warnings);
  }

  /** Reads a header; never fails, malformed parts become warnings. */
  public static HelperHeader parse(String text) {
    Map<String, HelperDefinition> helpers = new LinkedHashMap<>();
    List<InputWarning> warnings = new ArrayList<>();
    List<String> comment = null;
    List<String> lastComment = null;
    int commentStart = 0;
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (comment != null) {
        if (trimmed.equals("*/")) {
          lastComment = comment;
          comment = null;
        } else {
          comment.add(line.startsWith(" *") ? line.substring(2) : line);
        }
      } else if (trimmed.equals("/*")) {
        comment = new ArrayList<>();
        commentStart = i + 1;
      } else {
        Matcher declaration = DECLARATION.matcher(line);
        if (declaration.find()) {
          String name = declaration.group(1);
          if (lastComment == null) {
            warnings.add(new InputWarning(i + 1, "helper " + name + " has no comment block above its declaration"));
          }
          HelperDefinition helper =
              new HelperDefinition(name, declaration.group(), lastComment == null ? List.of() : lastComment, i + 1);
          if (helpers.put(name, helper) != null) {
            warnings.add(new InputWarning(i + 1, "helper " + name + " is declared again; the later declaration is used"));
          }
          lastComment = null;
        }
      }
    }
    if (comment != null) {
      warnings.add(new InputWarning(commentStart, "comment block is not closed with */ before the end of the file"));
    }
    return new HelperHeader(new ArrayList<>(helpers.values()), warnings);
  }
}
