package io.ebpfdocs.serve.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ebpf-docs {@code mkdocs.yml} made runnable with Debian's MkDocs 1.4 and Material: the hooks
 * and {@code custom_dir} the snapshot lacks, and the plugins not installed here (git revision date,
 * git committers, social cards; all three are off unless {@code PROD} is set), are dropped; the emoji
 * functions are taken from the {@code materialx} package, where the installed Material has them.
 */
public final class MkDocsConfig {
  private static final Set<String> DROPPED_BLOCKS = Set.of("hooks:", "- git-revision-date-localized:",
      "- git-committers:", "- social:");

  private MkDocsConfig() {}

  public static Path derive(Path original, Path derived) throws IOException {
    List<String> kept = new ArrayList<>();
    int droppedIndent = -1;
    for (String line : Files.readAllLines(original)) {
      int indent = line.length() - line.stripLeading().length();
      if (droppedIndent >= 0 && (line.isBlank() || indent > droppedIndent)) {
        continue;
      }
      droppedIndent = -1;
      String item = line.strip();
      if (DROPPED_BLOCKS.contains(item)) {
        droppedIndent = indent;
        System.out.println("mkdocs config: dropped " + item);
      } else if (item.startsWith("custom_dir:")) {
        System.out.println("mkdocs config: dropped " + item);
      } else {
        kept.add(line.replace("material.extensions.emoji", "materialx.emoji"));
      }
    }
    Files.write(derived, kept);
    return derived;
  }
}
