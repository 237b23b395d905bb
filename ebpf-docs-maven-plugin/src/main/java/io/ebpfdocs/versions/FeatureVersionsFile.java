package io.ebpfdocs.versions;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads (through the data layer) and writes feature-versions.yaml in the corpus layout, the one the
 * original tool's YAML encoder produced. Writes are atomic and skipped when nothing changed.
 */
public final class FeatureVersionsFile {
  /** Scalars that need no quotes and read back as the same string. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");

  private static final Pattern RESERVED =
      Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~|[0-9]+|0x[0-9a-f]+|0o?[0-7]+");

  private FeatureVersionsFile() {}

  /** The file of {@code dataDir}, or empty when there is none. */
  public static Optional<FeatureVersions> read(Path dataDir) throws IOException, DocsException {
    return new DataFiles(dataDir, dataDir + "/").featureVersions();
  }
  /** The YAML text of {@code data}, '\n' line ends. */
  public static String format(FeatureVersions data) {
    StringBuilder out = new StringBuilder();
    for (FeatureVersions.Group group : data.groups()) {
      out.append("- name: ").append(scalar(group.name())).append('\n');
      out.append("  features:\n");
      for (FeatureVersions.Feature f : group.features()) {
        out.append("    - name: ").append(scalar(f.name())).append('\n');
        out.append("      version: ").append(scalar(f.version())).append('\n');
        out.append("      commit: ").append(scalar(f.commit())).append('\n');
      }
    }
    return out.toString();
  }

  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches()) {
      return s;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** Writes atomically; returns false (and touches nothing) when the file already has this text. */
  public static boolean write(Path dataDir, FeatureVersions data) throws IOException {
    Path file = dataDir.resolve(FeatureVersions.FILE);
    String text = format(data);
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      return false;
    }
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    return true;
  }
}
