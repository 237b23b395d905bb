package io.ebpfdocs.features;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.FeatureVersions.Feature;
import io.ebpfdocs.data.FeatureVersions.Group;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code linux/timeline/index.md}: every feature under the release that introduced it, releases in
 * version order, features in data order. The page's front matter is kept.
 */
final class Timeline {
  static final String PAGE = "linux/timeline/index.md";
  static final String NEW_PAGE_FRONT_MATTER =
      "---\ntitle: eBPF Timeline\ndescription: Every eBPF feature of the Linux kernel, grouped by the"
          + " release that introduced it.\nhide: toc\n---\n";

  /** A leading {@code ---} block, with either line ending (a page edited on Windows keeps it). */
  private static final Pattern FRONT_MATTER = Pattern.compile("---\\r?\\n(?:.*?\\r?\\n)??---\\r?\\n", Pattern.DOTALL);

  private final FeatureVersions data;
  private final String dataFileName;
  private final Function<String, String> displayName;

  Timeline(FeatureVersions data, String dataFileName, Function<String, String> displayName) {
    this.data = data;
    this.dataFileName = dataFileName;
    this.displayName = displayName;
  }

  void generate(PageStore pages, Report report) {
    Map<KernelVersion, List<String>> releases = new TreeMap<>();
    for (Group group : data.groups()) {
      for (Feature feature : group.features()) {
        Optional<KernelVersion> version = KernelVersion.parse(feature.version());
        if (!feature.version().isEmpty() && !KernelVersion.isCanonical(feature.version())) {
          report.warn(dataFileName, feature.line(), "version '" + feature.version() + "' of " + feature.name()
              + " is not vMAJOR.MINOR; " + version.map(v -> "the timeline files it under " + v + "; write " + v)
                  .orElse("it is left out of the timeline; write the release as vMAJOR.MINOR"));
        }
        version.ifPresent(v -> releases.computeIfAbsent(v, k -> new ArrayList<>()).add(line(feature, group)));
      }
    }
    StringBuilder page = new StringBuilder(frontMatter(pages.read(PAGE)));
    releases.forEach((version, lines) -> {
      page.append("\n## :octicons-tag-24: ").append(version).append("\n\n");
      lines.forEach(page::append);
    });
    String text = page.toString();
    if (!text.equals(pages.read(PAGE).orElse(null))) {
      report.stale(displayName.apply(PAGE), "timeline", 0);
    }
    pages.update(PAGE, text);
    report.count("regions", 1);
  }

  private static String line(Feature feature, Group group) {
    String commit = feature.commit();
    String shortCommit = commit.substring(0, Math.min(7, commit.length()));
    return "* `" + feature.name() + "` [" + shortCommit + "](" + Links.linuxCommit(commit) + ") (" + group.name() + ")\n";
  }

  /** The existing page's front matter, or ours for a new page. */
  private static String frontMatter(Optional<String> existing) {
    if (existing.isEmpty()) {
      return NEW_PAGE_FRONT_MATTER;
    }
    Matcher frontMatter = FRONT_MATTER.matcher(existing.get());
    return frontMatter.lookingAt() ? frontMatter.group() : "";
  }
}
