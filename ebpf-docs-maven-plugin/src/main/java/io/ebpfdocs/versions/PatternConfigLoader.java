package io.ebpfdocs.versions;

import io.ebpfdocs.report.DocsException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a patterns file (schema of ebpf-docs' tools/version-finder/patterns.yaml) and validates it
 * up front, so a bad regex fails before any history is read.
 */
public final class PatternConfigLoader {

  private record RawFile(List<String> files, List<String> tags, List<RawGroup> patterns) {}

  private record RawGroup(String name, List<RawFeature> patterns) {}

  private record RawFeature(String name, List<String> regexes) {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PatternConfigLoader() {}

  public static PatternConfig load(Path file) throws IOException, DocsException {
    if (!Files.isRegularFile(file)) {
      throw new DocsException(
          file + ": patterns file not found; pass an existing file with -Debpfdocs.patterns=FILE");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(file.toString(), text);
  }

  /** Parses {@code text}; {@code source} names the file in error messages. */
  public static PatternConfig parse(String source, String text) throws DocsException {
    RawFile raw;
    try {
      raw = MAPPER.readValue(text, RawFile.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null ? "" : ":" + at.getLineNr();
      throw new DocsException(
          source + line + ": not a valid patterns file (" + e.getOriginalMessage()
              + "); expected the keys files, tags and patterns", e);
    }
    if (raw == null) {
      throw new DocsException(source + ": the patterns file is empty");
    }
    Lines lines = new Lines(source, text);
    List<String> files = nonEmpty(raw.files(), lines, "files");
    for (String spec : files) {
      if (spec == null || spec.isEmpty() || spec.startsWith(":")) {
        throw lines.error(spec, "pathspec '" + spec + "' is empty or uses pathspec magic, which is"
            + " not supported; use plain git pathspecs such as 'kernel/bpf/*'");
      }
    }
    List<PatternConfig.TagRule> tags = new ArrayList<>();
    for (String tag : nonEmpty(raw.tags(), lines, "tags")) {
      if (tag == null || tag.isEmpty()) {
        throw lines.error(null, "an entry of 'tags' is empty; give a regex such as ^v[0-9]+\\.[0-9]+$");
      }
      try {
        tags.add(new PatternConfig.TagRule(tag, Pattern.compile(tag)));
      } catch (PatternSyntaxException e) {
        throw lines.error(tag, "tag regex '" + tag + "' is invalid (" + e.getDescription()
            + "); fix it in 'tags'");
      }
    }
    List<PatternConfig.Group> groups = new ArrayList<>();
    Set<String> groupNames = new HashSet<>();
    for (RawGroup group : nonEmpty(raw.patterns(), lines, "patterns")) {
      if (group == null || group.name() == null || group.name().isEmpty()
          || !groupNames.add(group.name())) {
        String name = group == null ? null : group.name();
        throw lines.error(name, "pattern group '" + name + "' has no name or a duplicate name");
      }
      groups.add(new PatternConfig.Group(group.name(), features(group, lines)));
    }
    return new PatternConfig(files, tags, groups);
  }

  private static List<PatternConfig.Feature> features(RawGroup group, Lines lines)
      throws DocsException {
    List<PatternConfig.Feature> features = new ArrayList<>();
    for (RawFeature feature : group.patterns() == null ? List.<RawFeature>of() : group.patterns()) {
      String name = feature == null ? null : feature.name();
      if (name == null || name.isEmpty()) {
        throw lines.error(null, "a pattern in group '" + group.name() + "' has no name");
      }
      List<String> regexes = feature.regexes() == null ? List.of() : feature.regexes();
      for (String regex : regexes) {
        try {
          BasicRegex.toJava(regex);
        } catch (IllegalArgumentException e) {
          throw lines.error(regex, "regex '" + regex + "' of pattern '" + name + "' in group '"
              + group.name() + "' is invalid (" + e.getMessage() + ")");
        }
      }
      features.add(new PatternConfig.Feature(name, regexes));
    }
    return features;
  }

  private static <T> List<T> nonEmpty(List<T> list, Lines lines, String key)
      throws DocsException {
    if (list == null || list.isEmpty()) {
      throw new DocsException(lines.source + ": '" + key + "' is missing or empty");
    }
    return list;
  }

  /** Finds the line of a value for error messages (the YAML tree has no positions). */
  private record Lines(String source, String text) {
    DocsException error(String value, String message) {
      int line = 0;
      if (value != null && !value.isEmpty()) {
        int at = text.indexOf(value);
        if (at >= 0) {
          line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        }
      }
      return new DocsException(source + (line > 0 ? ":" + line : "") + ": " + message);
    }
  }
}
