package io.ebpfdocs.site;

import io.ebpfdocs.site.config.MkDocsConfig;
import java.util.List;
import java.util.Map;

/** The parts of the page shell the theme settings decide: colours, fonts and the scheme toggle. */
final class ThemeHtml {
  private static final Map<String, String> DEFAULT_ICONS = Map.of("auto", "material-brightness-auto", "light",
      "material-brightness-7", "dark", "material-brightness-4");
  private static final List<MkDocsConfig.Scheme> DEFAULT_TOGGLE = List.of(
      new MkDocsConfig.Scheme("auto", "", "", "", "", "Theme: follows the system"),
      new MkDocsConfig.Scheme("light", "", "", "", "", "Theme: light"),
      new MkDocsConfig.Scheme("dark", "", "", "", "", "Theme: dark"));

  private ThemeHtml() {}

  /** An inline style with the palette's colours per scheme and the configured fonts; empty when neither is set. */
  static String style(MkDocsConfig.Theme theme) {
    StringBuilder css = new StringBuilder();
    for (MkDocsConfig.Scheme scheme : theme.palette()) {
      if (scheme.mode().equals("auto")) {
        continue; // follows the system: the light or dark scheme's colours apply
      }
      String vars = "--top-bg:" + scheme.primary() + ";--top-fg:" + scheme.onPrimary() + ";--accent:" + scheme.accent()
          + ";--accent-strong:" + scheme.accent();
      css.append(":root[data-theme=").append(scheme.mode()).append("]{").append(vars).append("}@media (prefers-color-scheme: ")
          .append(scheme.mode()).append("){:root:not([data-theme]){").append(vars).append("}}");
    }
    if (!theme.textFont().isEmpty()) {
      css.append("body{font-family:\"").append(cssString(theme.textFont()))
          .append("\",system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}");
    }
    if (!theme.codeFont().isEmpty()) {
      css.append("code,pre{font-family:\"").append(cssString(theme.codeFont()))
          .append("\",ui-monospace,\"SFMono-Regular\",Menlo,Consolas,\"Liberation Mono\",monospace}");
    }
    return css.isEmpty() ? "" : "<style>" + css + "</style>";
  }

  /** The scheme toggle: one icon per scheme, cycled in the palette's order, titled by the scheme's name. */
  static String toggle(MkDocsConfig.Theme theme) {
    List<MkDocsConfig.Scheme> schemes = theme.palette().isEmpty() ? DEFAULT_TOGGLE : theme.palette();
    StringBuilder out = new StringBuilder();
    out.append("<button id=\"theme-toggle\" class=\"icon-button\" data-order=\"");
    out.append(String.join(" ", schemes.stream().map(MkDocsConfig.Scheme::mode).toList())).append('"');
    for (MkDocsConfig.Scheme scheme : schemes) {
      out.append(" data-title-").append(scheme.mode()).append("=\"")
          .append(Html.escape(scheme.toggleName().isEmpty() ? "Theme: " + scheme.mode() : scheme.toggleName())).append('"');
    }
    out.append(" title=\"").append(Html.escape(schemes.get(0).toggleName())).append("\">");
    for (MkDocsConfig.Scheme scheme : schemes) {
      String svg = Icons.svg(scheme.toggleIcon()).orElseGet(() -> Icons.svg(DEFAULT_ICONS.get(scheme.mode())).orElseThrow());
      out.append(svg.replace("class=\"icon ", "class=\"icon theme-" + scheme.mode() + " "));
    }
    return out.append("</button>").toString();
  }

  private static String cssString(String s) {
    return s.replace("\\", "").replace("\"", "").replace("<", "");
  }
}
