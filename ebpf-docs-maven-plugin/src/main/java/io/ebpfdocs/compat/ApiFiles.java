package io.ebpfdocs.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import io.ebpfdocs.site.SitePart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The files of the JSON API (v1): one array per file, one object per line, sorted by name; the
 * JSON Schema; and {@code api.js}, which sets {@code window.__ebpfdocsApi} to the same arrays for
 * pages opened from {@code file://}, where fetch() of a JSON file is refused. No timestamps: the
 * same tree gives the same bytes.
 */
public final class ApiFiles {
  /** Where the site holds the API, relative to its root. */
  public static final String SITE_FOLDER = "api/v1";
  public static final String SCHEMA = "schema.json";
  public static final String SCRIPT = "api.js";

  /** A data file: its name, the key of {@code window.__ebpfdocsApi} holding the same array, its objects. */
  public record DataFile(String fileName, String scriptKey, Function<Compatibility, List<ObjectNode>> objects) {}

  public static final List<DataFile> DATA_FILES = List.of(
      new DataFile("features.json", "features", c -> c.features().stream().map(ApiJson::feature).toList()),
      new DataFile("program-types.json", "programTypes", c -> c.programTypes().stream().map(ApiJson::programType).toList()),
      new DataFile("helpers.json", "helpers", c -> c.helpers().stream().map(ApiJson::helper).toList()),
      new DataFile("kfuncs.json", "kfuncs", c -> c.kfuncs().stream().map(ApiJson::kfunc).toList()),
      new DataFile("map-types.json", "mapTypes", c -> c.mapTypes().stream().map(ApiJson::mapType).toList()),
      new DataFile("kfunc-flags.json", "kfuncFlags", c -> FlagMeanings.all(c).stream().map(ApiJson::kfuncFlag).toList()));

  private ApiFiles() {}

  /** Every file of the API by name, with its text. */
  public static Map<String, String> render(Compatibility compat) throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<String> scriptEntries = new ArrayList<>();
    for (DataFile file : DATA_FILES) {
      String text = jsonLines(file.objects().apply(compat));
      files.put(file.fileName(), text);
      scriptEntries.add("\"" + file.scriptKey() + "\": " + text.strip());
    }
    files.put(SCRIPT, "window.__ebpfdocsApi = {\n" + String.join(",\n", scriptEntries) + "\n};\n");
    files.put(SCHEMA, schema());
    return files;
  }

  /** Reads the tree of {@code settings} and writes its API into {@code folder}; returns how many files were written. */
  public static int export(DocsSettings settings, Path folder) throws DocsException, IOException {
    return write(render(CompatibilityLoader.load(settings)), folder);
  }

  /** The API as a part of the site, in {@link #SITE_FOLDER}: made again when the data folder or the list of pages changed. */
  public static SitePart sitePart(DocsSettings settings) {
    return new SitePart("api", () -> DocsRun.dataFiles(settings).contents(), () -> {
      Map<String, String> files = new TreeMap<>();
      render(CompatibilityLoader.load(settings)).forEach((name, text) -> files.put(SITE_FOLDER + "/" + name, text));
      return files;
    });
  }

  /**
   * Writes the files into {@code folder}, each atomically and only when its bytes change.
   *
   * @return how many files were written
   */
  public static int write(Map<String, String> files, Path folder) throws IOException {
    int written = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (AtomicFiles.writeIfChanged(folder.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8))) {
        written++;
      }
    }
    return written;
  }

  /** The JSON Schema the data files validate against. */
  public static String schema() throws IOException {
    return BundledResources.text(ApiFiles.class, SCHEMA);
  }

  /** An array with one compact object per line: small, and a change shows as a changed line. */
  static String jsonLines(List<ObjectNode> objects) {
    if (objects.isEmpty()) {
      return "[]\n";
    }
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < objects.size(); i++) {
      out.append(ApiJson.text(objects.get(i))).append(i < objects.size() - 1 ? ",\n" : "\n");
    }
    return out.append("]\n").toString();
  }
}
