package io.ebpfdocs.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes data/feature-versions.yaml in the corpus layout (the one the original tool's
 * YAML encoder produced). Writes are atomic (temporary file + rename) and skipped when nothing
 * changed.
 */
public final class FeatureVersionsFile {
  private record RawGroup(String name, List<RawFeature> features) {}

  private record RawFeature(String name, String version, String commit) {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Scalars that need no quotes and read back as the same string. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");

  private static final Pattern RESERVED =
      Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~|[0-9]+|0x[0-9a-f]+|0o?[0-7]+");

  private FeatureVersionsFile() {}

  /** The file's content, or empty when the file does not exist. */
  public static Optional<FeatureVersions> read(Path file) throws IOException, VersionFinderException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<RawGroup> raw;
    try {
      raw = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8),
          new TypeReference<List<RawGroup>>() {});
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new VersionFinderException(file + line + ": not a feature-versions file ("
          + e.getOriginalMessage() + "); fix it or move it away to start from scratch", e);
    }
    List<FeatureVersions.Group> groups = new ArrayList<>();
    for (RawGroup group : raw == null ? List.<RawGroup>of() : raw) {
      List<FeatureVersions.Feature> features = new ArrayList<>();
      for (RawFeature f : group.features() == null ? List.<RawFeature>of() : group.features()) {
        features.add(new FeatureVersions.Feature(f.name(), orEmpty(f.version()), orEmpty(f.commit())));
      }
      groups.add(new FeatureVersions.Group(group.name(), features));
    }
    return Optional.of(new FeatureVersions(groups));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
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
  public static boolean write(Path file, FeatureVersions data) throws IOException {
    String text = format(data);
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }
}
