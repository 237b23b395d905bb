package io.ebpfdocs.kfuncs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads data/kfuncs.yaml and the {@code kfuncs} part of data/generators.yaml. Jackson's errors
 * carry the line and column of the problem.
 */
public final class KfuncYaml {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  private static final String DEFAULTS_RESOURCE = "kfunc-defaults.yaml";
  static final KfuncSettings DEFAULTS = loadDefaults();

  private KfuncYaml() {}

  public static KfuncData readData(String yaml) throws JsonProcessingException {
    KfuncData data = MAPPER.readValue(yaml, KfuncData.class);
    return data == null ? new KfuncData(null) : data;
  }

  /**
   * The kfunc settings of a generators.yaml text ({@code null} when the file is absent), with
   * absent keys taken from the defaults.
   */
  public static KfuncSettings readSettings(String generatorsYaml) throws JsonProcessingException {
    if (generatorsYaml == null) {
      return DEFAULTS;
    }
    JsonNode root = MAPPER.readTree(generatorsYaml);
    if (root == null || !root.has("kfuncs") || root.get("kfuncs").isNull()) {
      return DEFAULTS;
    }
    // Reading at the pointer, rather than converting the tree, keeps line numbers in errors.
    KfuncSettings settings = MAPPER.readerFor(KfuncSettings.class).at("/kfuncs").readValue(generatorsYaml);
    return settings.orElse(DEFAULTS);
  }

  private static KfuncSettings loadDefaults() {
    try (InputStream in = KfuncYaml.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULTS_RESOURCE + " is missing from the plugin");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return MAPPER.readerFor(KfuncSettings.class).at("/kfuncs").readValue(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + DEFAULTS_RESOURCE, e);
    }
  }
}
