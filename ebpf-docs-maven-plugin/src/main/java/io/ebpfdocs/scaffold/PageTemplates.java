package io.ebpfdocs.scaffold;

import io.ebpfdocs.compat.Kind;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page templates of {@code scaffold}, one per kind, named after the kind's docs folder
 * ({@code helper-function.md}, {@code kfuncs.md}, {@code program-type.md}, {@code map-type.md}):
 * built in, or {@code ROOT/scaffold/NAME} when the tree has one. {@code {{name}}} is the page's
 * name; a block between lines {@code {{#KEY}}} and {@code {{/KEY}}} is kept only when the data
 * gives that page's KEY list (so that every region a new page has is one {@code generate} fills).
 */
public final class PageTemplates {
  /** The folder of the tree, next to docs/, that may hold templates overriding the built-in ones. */
  public static final String OVERRIDE_FOLDER = "scaffold";
  static final List<Kind> KINDS = List.of(Kind.HELPER, Kind.KFUNC, Kind.PROGRAM_TYPE, Kind.MAP_TYPE);
  private static final Pattern BLOCK = Pattern.compile("(?ms)^\\{\\{#(\\w+)\\}\\}\\n(.*?)^\\{\\{/\\1\\}\\}\\n");

  private final Map<Kind, String> templates;

  private PageTemplates(Map<Kind, String> templates) {
    this.templates = templates;
  }

  /** The templates of the tree at {@code root}: its own where present, the built-in ones otherwise. */
  public static PageTemplates load(Path root) throws IOException, DocsException {
    Map<Kind, String> templates = new EnumMap<>(Kind.class);
    for (Kind kind : KINDS) {
      Path override = root.resolve(OVERRIDE_FOLDER).resolve(fileName(kind));
      String text = Files.isRegularFile(override) ? Files.readString(override, StandardCharsets.UTF_8) : builtIn(kind);
      if (!text.contains("{{name}}")) {
        throw new DocsException(override + ": a scaffold template needs {{name}} where the page's name goes"
            + " (in the title and in the FEATURE_TAG marker); add it or remove the file to use the built-in template");
      }
      templates.put(kind, text.replace("\r\n", "\n"));
    }
    return new PageTemplates(templates);
  }

  /** The template's file name: the kind's docs folder, {@code .md}. */
  public static String fileName(Kind kind) {
    String folder = kind.folder().orElseThrow();
    String last = folder.substring(0, folder.length() - 1);
    return last.substring(last.lastIndexOf('/') + 1) + ".md";
  }

  /** The new page of {@code name}: its name filled in, each optional block kept when {@code lists} says so. */
  public String page(Kind kind, String name, Map<String, Boolean> lists) {
    Matcher blocks = BLOCK.matcher(templates.get(kind));
    StringBuilder out = new StringBuilder();
    while (blocks.find()) {
      String kept = lists.getOrDefault(blocks.group(1), false) ? blocks.group(2) : "";
      blocks.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    blocks.appendTail(out);
    return out.toString().replace("{{name}}", name);
  }

  private static String builtIn(Kind kind) throws IOException {
    return BundledResources.text(PageTemplates.class, fileName(kind));
  }
}
