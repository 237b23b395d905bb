package io.ebpfdocs.mtu;

import io.ebpfdocs.data.YamlFile;
import io.ebpfdocs.data.YamlNode;
import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code mtu} key of data/generators.yaml: {@code architectures}, the table's columns in
 * order, by the original tool's names. Without the key (or the file) the columns are
 * {@link Architectures#DEFAULT}.
 */
final class MtuSettingsReader {
  private static final String KEY = "architectures";

  private MtuSettingsReader() {}

  /** The architectures of a generators.yaml (empty: the file is absent). */
  static List<Architecture> read(Optional<YamlFile> generators) throws DocsException {
    if (generators.isPresent()) {
      YamlFile file = generators.get();
      YamlNode node = file.mapping(file.root(), "the file").get("mtu");
      if (node != null) {
        return read(file, node);
      }
    }
    return defaults();
  }

  private static List<Architecture> read(YamlFile file, YamlNode mtu) throws DocsException {
    Map<String, YamlNode> keys = file.mapping(mtu, "mtu");
    for (String key : keys.keySet()) {
      if (!key.equals(KEY)) {
        throw file.error(keys.get(key), "unknown key '" + key + "' under mtu; the only key is '" + KEY + "'");
      }
    }
    YamlNode list = keys.get(KEY);
    if (list == null) {
      return defaults();
    }
    List<Architecture> architectures = new ArrayList<>();
    for (YamlNode item : file.sequence(list, "mtu " + KEY)) {
      String name = file.scalar(item, "an architecture of mtu " + KEY);
      Architecture architecture = Architectures.named(name).orElseThrow(() -> file.error(item,
          "unknown architecture '" + name + "' in mtu " + KEY + "; the model knows " + Architectures.names()));
      if (architectures.contains(architecture)) {
        throw file.error(item, "architecture '" + name + "' is listed twice in mtu " + KEY + "; remove one");
      }
      try {
        Platform.of(architecture, false);
      } catch (DocsException e) {
        throw file.error(item, e.getMessage() + "; remove it from mtu " + KEY + " or choose one the model completes: "
            + complete());
      }
      architectures.add(architecture);
    }
    if (architectures.isEmpty()) {
      throw file.error(list, "mtu " + KEY + " is empty; list at least one (default: "
          + String.join(", ", Architectures.DEFAULT) + ")");
    }
    return List.copyOf(architectures);
  }

  private static List<Architecture> defaults() {
    return Architectures.DEFAULT.stream().map(name -> Architectures.named(name).orElseThrow()).toList();
  }

  private static String complete() {
    return String.join(", ", Architectures.all().stream()
        .filter(a -> a.l1CacheBytes().isPresent())
        .map(Architecture::name)
        .toList());
  }
}
