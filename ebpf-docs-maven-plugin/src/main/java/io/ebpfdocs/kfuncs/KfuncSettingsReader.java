package io.ebpfdocs.kfuncs;

import io.ebpfdocs.data.Since;
import io.ebpfdocs.data.YamlFile;
import io.ebpfdocs.data.YamlNode;
import io.ebpfdocs.data.YamlReader;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code kfuncs} key of data/generators.yaml. Each key the file does not set (or the
 * whole file, when absent) takes the built-in value of {@code kfunc-defaults.yaml}, shipped with the
 * plugin: the Linux 6.18 lists and notes in this project's wording.
 */
public final class KfuncSettingsReader {
  private static final String DEFAULTS_RESOURCE = "kfunc-defaults.yaml";
  private static final KfuncSettings DEFAULTS = loadDefaults();

  private KfuncSettingsReader() {}

  /** The built-in settings. */
  public static KfuncSettings defaults() {
    return DEFAULTS;
  }

  /** The settings of a generators.yaml (empty: the file is absent), absent keys from the defaults. */
  public static KfuncSettings read(Optional<YamlFile> generators) throws DocsException {
    return generators.isEmpty() ? DEFAULTS : read(generators.get(), DEFAULTS);
  }

  private static KfuncSettings read(YamlFile file, KfuncSettings fallback) throws DocsException {
    YamlNode node = file.mapping(file.root(), "the file").get("kfuncs");
    Map<String, YamlNode> keys = node == null ? Map.of() : file.mapping(node, "kfuncs");
    return new KfuncSettings(
        keys.containsKey("ignore") ? file.scalars(keys, "ignore", "kfuncs") : fallback.ignore(),
        keys.containsKey("removed") ? file.scalars(keys, "removed", "kfuncs") : fallback.removed(),
        keys.containsKey("common_program_types")
            ? programTypes(file, keys.get("common_program_types")) : fallback.commonProgramTypes(),
        keys.containsKey("flag_notes") ? notes(file, keys.get("flag_notes")) : fallback.flagNotes(),
        keys.containsKey("no_kfuncs") ? file.scalar(keys.get("no_kfuncs"), "kfuncs no_kfuncs") : fallback.noKfuncs(),
        keys.containsKey("sleepable_program_types")
            ? file.scalars(keys, "sleepable_program_types", "kfuncs") : fallback.sleepableProgramTypes());
  }

  private static List<Versioned> programTypes(YamlFile file, YamlNode node) throws DocsException {
    List<Versioned> types = new ArrayList<>();
    for (YamlNode item : file.sequence(node, "kfuncs common_program_types")) {
      Map<String, YamlNode> fields = file.mapping(item, "a common program type");
      types.add(new Versioned(
          file.requiredScalar(fields, item, "name", "common program type"),
          Since.read(file, fields, "since"),
          Since.read(file, fields, "until")));
    }
    return types;
  }

  private static Map<String, String> notes(YamlFile file, YamlNode node) throws DocsException {
    Map<String, String> notes = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> note : file.mapping(node, "kfuncs flag_notes").entrySet()) {
      notes.put(note.getKey(), file.scalar(note.getValue(), "the note of " + note.getKey()));
    }
    return notes;
  }

  private static KfuncSettings loadDefaults() {
    try {
      String name = "built-in " + DEFAULTS_RESOURCE;
      YamlFile file = new YamlFile(name, YamlReader.parse(BundledResources.text(KfuncSettingsReader.class, DEFAULTS_RESOURCE), name));
      KfuncSettings none = new KfuncSettings(List.of(), List.of(), List.of(), Map.of(), "", List.of());
      return read(file, none);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + DEFAULTS_RESOURCE, e);
    } catch (DocsException e) {
      throw new IllegalStateException("the built-in " + DEFAULTS_RESOURCE + " is invalid: " + e.getMessage(), e);
    }
  }
}
