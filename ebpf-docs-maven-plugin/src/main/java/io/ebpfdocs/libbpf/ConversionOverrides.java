package io.ebpfdocs.libbpf;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ebpfdocs.resources.BundledResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the table of {@link ConversionOverride}s shipped with the plugin. */
public final class ConversionOverrides {
  private static final String BUNDLED = "manpage-exceptions.yaml";

  private ConversionOverrides() {}

  /** Read once per class loader: the table is part of the plugin. */
  public static List<ConversionOverride> bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final List<ConversionOverride> TABLE = load();
  }

  private static List<ConversionOverride> load() {
    try (InputStream in = new ByteArrayInputStream(BundledResources.bytes(ConversionOverrides.class, BUNDLED))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plugin resource " + BUNDLED, e);
    }
  }

  static List<ConversionOverride> read(InputStream yaml) throws IOException {
    return List.copyOf(
        new ObjectMapper(new YAMLFactory()).readValue(yaml, new TypeReference<List<ConversionOverride>>() {}));
  }
}
