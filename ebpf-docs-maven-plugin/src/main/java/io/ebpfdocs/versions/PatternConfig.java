package io.ebpfdocs.versions;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The version-finder configuration: pathspecs to search, tag-name rules and the features to look
 * for, in configuration order (which is also the order of the output file).
 */
public record PatternConfig(List<String> files, List<TagRule> tags, List<Group> groups) {

  public PatternConfig {
    files = List.copyOf(files);
    tags = List.copyOf(tags);
    groups = List.copyOf(groups);
  }

  /** A tag is selected when its name contains a match of one of these. */
  public record TagRule(String source, Pattern regex) {}

  public record Group(String name, List<Feature> features) {
    public Group {
      features = List.copyOf(features);
    }
  }

  /**
   * One feature; {@code regexes} are git basic regular expressions, empty when the name itself is
   * looked for literally.
   */
  public record Feature(String name, List<String> regexes) {
    public Feature {
      regexes = List.copyOf(regexes);
    }
  }

  /** Whether a tag name is selected by the tag rules. */
  public boolean selectsTag(String tagName) {
    return tags.stream().anyMatch(rule -> rule.regex().matcher(tagName).find());
  }
}
