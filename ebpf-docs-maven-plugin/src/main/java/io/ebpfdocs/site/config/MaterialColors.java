package io.ebpfdocs.site.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Material Design's named colours as {@code theme.palette} names them: the 500 shade as primary, A200 as accent. */
final class MaterialColors {
  private MaterialColors() {}

  private static final Map<String, String> PRIMARY = Map.ofEntries(Map.entry("red", "#f44336"),
      Map.entry("pink", "#e91e63"), Map.entry("purple", "#9c27b0"), Map.entry("deep-purple", "#673ab7"),
      Map.entry("indigo", "#3f51b5"), Map.entry("blue", "#2196f3"), Map.entry("light-blue", "#03a9f4"),
      Map.entry("cyan", "#00bcd4"), Map.entry("teal", "#009688"), Map.entry("green", "#4caf50"),
      Map.entry("light-green", "#8bc34a"), Map.entry("lime", "#cddc39"), Map.entry("yellow", "#ffeb3b"),
      Map.entry("amber", "#ffc107"), Map.entry("orange", "#ff9800"), Map.entry("deep-orange", "#ff5722"),
      Map.entry("brown", "#795548"), Map.entry("grey", "#9e9e9e"), Map.entry("blue-grey", "#607d8b"),
      Map.entry("black", "#000000"), Map.entry("white", "#ffffff"));
  private static final Map<String, String> ACCENT = Map.ofEntries(Map.entry("red", "#ff5252"),
      Map.entry("pink", "#ff4081"), Map.entry("purple", "#e040fb"), Map.entry("deep-purple", "#7c4dff"),
      Map.entry("indigo", "#536dfe"), Map.entry("blue", "#448aff"), Map.entry("light-blue", "#40c4ff"),
      Map.entry("cyan", "#18ffff"), Map.entry("teal", "#64ffda"), Map.entry("green", "#69f0ae"),
      Map.entry("light-green", "#b2ff59"), Map.entry("lime", "#eeff41"), Map.entry("yellow", "#ffff00"),
      Map.entry("amber", "#ffd740"), Map.entry("orange", "#ffab40"), Map.entry("deep-orange", "#ff6e40"));
  /** Primaries light enough to need dark text. */
  private static final Set<String> LIGHT = Set.of("light-blue", "cyan", "light-green", "lime", "yellow", "amber",
      "orange", "white");
  static final String DEFAULT = "indigo";

  static Optional<String> primary(String name) {
    return Optional.ofNullable(PRIMARY.get(name));
  }

  static Optional<String> accent(String name) {
    return Optional.ofNullable(ACCENT.get(name));
  }

  static String onPrimary(String name) {
    return LIGHT.contains(name) ? "#000000de" : "#ffffff";
  }
}
