package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data folder of a docs tree. Each file is read at most once per run; a missing file is empty
 * (the generators that need it do not run), a malformed one fails with its file and line.
 */
public final class DataFiles {
  /** The generators' settings, each generator under its own key (kfuncs, mtu). */
  private static final String GENERATORS = "generators.yaml";

  private final Path dataDir;
  private final String displayPrefix;
  private final Map<String, Optional<?>> loaded = new HashMap<>();

  /** @param displayPrefix how messages name the folder, e.g. {@code data/} */
  public DataFiles(Path dataDir, String displayPrefix) {
    this.dataDir = dataDir;
    this.displayPrefix = displayPrefix;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Every file of the folder, its name and bytes, in name order: what the data says, for a digest. A
   * missing folder has none.
   */
  public byte[] contents() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (Files.isDirectory(dataDir)) {
      try (Stream<Path> files = Files.list(dataDir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(file);
          out.writeBytes((file.getFileName() + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
          out.writeBytes(bytes);
        }
      }
    }
    return out.toByteArray();
  }

  /** The name messages use for a file of this folder. */
  public String displayName(String fileName) {
    return displayPrefix + fileName;
  }

  public Optional<FeatureVersions> featureVersions() throws DocsException, IOException {
    return load(FeatureVersions.FILE, "records", FeatureVersions::read);
  }

  public Optional<HelperFunctions> helperFunctions() throws DocsException, IOException {
    return load(HelperFunctions.FILE, "records", HelperFunctions::read);
  }

  public Optional<KfuncSets> kfuncSets() throws DocsException, IOException {
    return load(KfuncSets.FILE, "records", KfuncSets::read);
  }

  /** generators.yaml, as a located tree; each generator reads its own key. */
  public Optional<YamlFile> generators() throws DocsException, IOException {
    return yaml(GENERATORS);
  }

  /** Any other YAML file of the folder, as a located tree. */
  public Optional<YamlFile> yaml(String fileName) throws DocsException, IOException {
    return load(fileName, "tree", file -> file);
  }

  /** Turns a parsed file into its records. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(YamlFile file) throws DocsException;
  }

  @SuppressWarnings("unchecked")
  private synchronized <T> Optional<T> load(String fileName, String kind, Parser<T> parser) throws DocsException, IOException {
    Optional<?> cached = loaded.get(fileName + "#" + kind);
    if (cached == null) {
      Path path = dataDir.resolve(fileName);
      if (Files.isRegularFile(path)) {
        String name = displayName(fileName);
        cached = Optional.of(parser.parse(new YamlFile(name, YamlReader.read(path, name))));
      } else {
        cached = Optional.empty();
      }
      loaded.put(fileName + "#" + kind, cached);
    }
    return (Optional<T>) cached;
  }
}
