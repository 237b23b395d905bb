package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code data/helpers-functions.yaml}: which helpers each program type and map type may call, as
 * lists of helpers, references to named groups and exclusions. Lists are resolved when the file is
 * read, so a cycle fails at once with its line. A reference to an unknown group counts as an empty
 * group, as the original tool read it (the real data has one), and is reported in {@link #problems()}.
 */
public final class HelperFunctions {
  public static final String FILE = "helpers-functions.yaml";

  /** One list item: a helper ({@code name}), a group reference ({@code group}) or an {@code exclude}. */
  public record Entry(String name, String group, String exclude, Optional<Since> since, int line) {}

  /** A helper as a resolved list holds it. */
  public record Helper(String name, Optional<Since> since) {}

  private final YamlFile file;
  private final Map<String, List<Entry>> groups;
  private final Map<String, List<Helper>> programs = new LinkedHashMap<>();
  private final Map<String, List<Helper>> maps = new LinkedHashMap<>();
  private final Map<String, List<Helper>> resolvedGroups = new HashMap<>();
  private final List<Warning> problems = new ArrayList<>();

  private HelperFunctions(YamlFile file, Map<String, List<Entry>> groups) {
    this.file = file;
    this.groups = groups;
  }

  /** Program type -> the helpers it may call, sorted by name. */
  public Map<String, List<Helper>> programs() {
    return programs;
  }

  /** Map type -> the helpers that work on it, sorted by name. */
  public Map<String, List<Helper>> maps() {
    return maps;
  }

  /** Helper -> the program types that may call it, both sorted by name; each keeps its {@code since} in that type's list. */
  public Map<String, List<Helper>> programsByHelper() {
    return callers(programs);
  }

  /** Helper -> the map types it works on, both sorted by name; each keeps its {@code since} in that type's list. */
  public Map<String, List<Helper>> mapsByHelper() {
    return callers(maps);
  }

  /** Inverts type -> helpers into helper -> the types that list it. */
  private static Map<String, List<Helper>> callers(Map<String, List<Helper>> helpersByType) {
    Map<String, Map<String, Helper>> callers = new TreeMap<>();
    helpersByType.forEach((type, helpers) -> helpers.forEach(helper ->
        callers.computeIfAbsent(helper.name(), k -> new TreeMap<>()).putIfAbsent(type, new Helper(type, helper.since()))));
    Map<String, List<Helper>> sorted = new TreeMap<>();
    callers.forEach((helper, types) -> sorted.put(helper, List.copyOf(types.values())));
    return sorted;
  }

  /** References to unknown groups: warnings, or errors in strict mode. */
  public List<Warning> problems() {
    return List.copyOf(problems);
  }

  static HelperFunctions read(YamlFile file) throws DocsException {
    Map<String, YamlNode> root = file.mapping(file.root(), "the file");
    HelperFunctions data = new HelperFunctions(file, lists(file, root.get("groups"), "groups", false));
    for (Map.Entry<String, List<Entry>> program : lists(file, root.get("programs"), "programs", true).entrySet()) {
      data.programs.put(program.getKey(), data.resolve(program.getValue(), new LinkedHashSet<>()));
    }
    for (Map.Entry<String, List<Entry>> map : lists(file, root.get("maps"), "maps", true).entrySet()) {
      data.maps.put(map.getKey(), data.resolve(map.getValue(), new LinkedHashSet<>()));
    }
    for (String group : data.groups.keySet()) {
      data.resolveGroup(group, 0, new LinkedHashSet<>());
    }
    return data;
  }

  private static Map<String, List<Entry>> lists(YamlFile file, YamlNode node, String section, boolean pageNames)
      throws DocsException {
    Map<String, List<Entry>> lists = new LinkedHashMap<>();
    if (node == null) {
      return lists;
    }
    for (Map.Entry<String, YamlNode> list : file.mapping(node, section).entrySet()) {
      if (pageNames) {
        PageName.check(file, list.getValue(), list.getKey());
      }
      List<Entry> entries = new ArrayList<>();
      for (YamlNode item : file.sequence(list.getValue(), section + " " + list.getKey())) {
        entries.add(entry(file, item, section + " " + list.getKey()));
      }
      lists.put(list.getKey(), List.copyOf(entries));
    }
    return lists;
  }

  private static Entry entry(YamlFile file, YamlNode item, String where) throws DocsException {
    Map<String, YamlNode> fields = file.mapping(item, "an item of " + where);
    String name = file.optionalScalar(fields, "name", "item").orElse("");
    String group = file.optionalScalar(fields, "group", "item").orElse("");
    String exclude = file.optionalScalar(fields, "exclude", "item").orElse("");
    int kinds = (name.isEmpty() ? 0 : 1) + (group.isEmpty() ? 0 : 1) + (exclude.isEmpty() ? 0 : 1);
    if (kinds != 1) {
      throw file.error(item, "an item of " + where + " needs exactly one of 'name', 'group' or 'exclude'");
    }
    if (!name.isEmpty()) {
      PageName.check(file, item, name);
    }
    return new Entry(name, group, exclude, Since.read(file, fields, "since"), item.line());
  }

  /**
   * A list's own helpers, then those of its groups in order (a name already present wins), minus
   * its exclusions, sorted by name.
   */
  private List<Helper> resolve(List<Entry> entries, LinkedHashSet<String> groupPath) throws DocsException {
    Map<String, Helper> helpers = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (!entry.name().isEmpty()) {
        helpers.putIfAbsent(entry.name(), new Helper(entry.name(), entry.since()));
      }
    }
    for (Entry entry : entries) {
      if (!entry.group().isEmpty()) {
        for (Helper helper : resolveGroup(entry.group(), entry.line(), groupPath)) {
          helpers.putIfAbsent(helper.name(), helper);
        }
      }
    }
    for (Entry entry : entries) {
      if (!entry.exclude().isEmpty()) {
        helpers.remove(entry.exclude());
      }
    }
    List<Helper> sorted = new ArrayList<>(helpers.values());
    sorted.sort(Comparator.comparing(Helper::name));
    return List.copyOf(sorted);
  }

  private List<Helper> resolveGroup(String name, int line, LinkedHashSet<String> groupPath) throws DocsException {
    List<Helper> done = resolvedGroups.get(name);
    if (done != null) {
      return done;
    }
    if (!groups.containsKey(name)) {
      String problem = "unknown group '" + name + "' (counted as empty); define it under 'groups:' or fix the name"
          + " (known: " + String.join(", ", groups.keySet()) + ")";
      if (problems.stream().noneMatch(p -> p.line() == line)) {
        problems.add(new Warning(file.name(), line, problem));
      }
      return List.of();
    }
    if (groupPath.contains(name)) {
      List<String> cycle = new ArrayList<>(groupPath);
      cycle = cycle.subList(cycle.indexOf(name), cycle.size());
      throw file.error(line, "group cycle: " + String.join(" -> ", cycle) + " -> " + name + "; remove one of these group references");
    }
    groupPath.add(name);
    List<Helper> resolved = resolve(groups.get(name), groupPath);
    groupPath.remove(name);
    resolvedGroups.put(name, resolved);
    return resolved;
  }
}
