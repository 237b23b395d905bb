package io.ebpfdocs.site;

import java.util.Map;
import java.util.Optional;

/**
 * Inline SVG for the icon shortcodes the docs use ({@code :octicons-tag-24:}, {@code :material-check:}, ...)
 * and for the site chrome. Drawn for this project as simple stroked 24x24 outlines, so no icon font or
 * network access is needed and the markup stays small.
 */
public final class Icons {
  private Icons() {}

  private static final Map<String, String> SHAPES = Map.ofEntries(
      Map.entry("octicons-tag-24", "<path d=\"M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9z\"/><circle cx=\"7.5\" cy=\"7.5\" r=\"1.5\"/>"),
      Map.entry("material-check", "<path d=\"M4 12.5l5 5L20 6.5\"/>"),
      Map.entry("material-close", "<path d=\"M6 6l12 12M18 6L6 18\"/>"),
      Map.entry("octicons-arrow-right-24", "<path d=\"M4 12h16M14 6l6 6-6 6\"/>"),
      Map.entry("simple-linux", "<ellipse cx=\"12\" cy=\"13\" rx=\"6\" ry=\"8\"/><ellipse cx=\"12\" cy=\"15.5\" rx=\"3.2\" ry=\"4.5\"/>"
          + "<circle cx=\"10\" cy=\"8.5\" r=\".6\"/><circle cx=\"14\" cy=\"8.5\" r=\".6\"/><path d=\"M10.8 10.8h2.4L12 12z\"/>"),
      Map.entry("octicons-tools-24", "<path d=\"M15 3.5a5 5 0 0 0-4.6 6.9L3 17.8 6.2 21l7.4-7.4A5 5 0 0 0 20.5 9L17.5 12 14.5 9l3-3a5 5 0 0 0-2.5-2.5z\"/>"),
      Map.entry("octicons-repo-24", "<path d=\"M5 19.5V4.5A2.5 2.5 0 0 1 7.5 2H19v15H7.5A2.5 2.5 0 0 0 5 19.5zm0 0A2.5 2.5 0 0 0 7.5 22H19v-5\"/>"),
      Map.entry("octicons-repo-template-24", "<path stroke-dasharray=\"3 2\" d=\"M5 19.5V4.5A2.5 2.5 0 0 1 7.5 2H19v15H7.5A2.5 2.5 0 0 0 5 19.5zm0 0A2.5 2.5 0 0 0 7.5 22H19v-5\"/>"),
      Map.entry("octicons-light-bulb-24", "<path d=\"M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.9.7 1.5 1.6 1.5 2.6v.5h4v-.5c0-1 .6-1.9 1.5-2.6A6 6 0 0 0 12 3z\"/>"),
      Map.entry("octicons-file-binary-24", "<path d=\"M6 2h9l5 5v15H6zM15 2v5h5M10 11v6M14 11h1v6\"/>"),
      Map.entry("octicons-diamond-24", "<path d=\"M12 2.5l9.5 9.5-9.5 9.5L2.5 12z\"/>"),
      Map.entry("material-power-socket-eu", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><circle cx=\"8.5\" cy=\"12\" r=\"1.2\"/><circle cx=\"15.5\" cy=\"12\" r=\"1.2\"/>"),
      Map.entry("material-function", "<path d=\"M16 4h-2a3 3 0 0 0-3 3v10a3 3 0 0 1-3 3H6M7.5 11h8\"/>"),
      Map.entry("material-folder", "<path d=\"M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z\"/>"),
      Map.entry("material-calendar-clock", "<rect x=\"3\" y=\"5\" width=\"13\" height=\"13\" rx=\"1\"/><path d=\"M3 9h13M7 3v4M12 3v4\"/>"
          + "<circle cx=\"17\" cy=\"17\" r=\"4.5\"/><path d=\"M17 15v2l1.5 1.2\"/>"),
      Map.entry("material-eye", "<path d=\"M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z\"/><circle cx=\"12\" cy=\"12\" r=\"3\"/>"),
      Map.entry("material-pencil", "<path d=\"M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4\"/>"),
      Map.entry("material-magnify", "<circle cx=\"10.5\" cy=\"10.5\" r=\"6\"/><path d=\"M15 15l5.5 5.5\"/>"),
      Map.entry("material-menu", "<path d=\"M3 6h18M3 12h18M3 18h18\"/>"),
      Map.entry("material-brightness-auto", "<circle cx=\"12\" cy=\"12\" r=\"8.5\"/><path d=\"M12 3.5v17a8.5 8.5 0 0 0 0-17z\" fill=\"currentColor\"/>"),
      Map.entry("material-brightness-7", "<circle cx=\"12\" cy=\"12\" r=\"4\"/><path d=\"M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8\"/>"),
      Map.entry("material-brightness-4", "<path d=\"M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z\"/>"),
      Map.entry("fontawesome-brands-github", "<path d=\"M9 19c-4.3 1.4-4.3-2.5-6-3m12 5v-3.5c0-1 .1-1.4-.5-2 2.8-.3 5.5-1.4 5.5-6a4.6 4.6 0 0 0-1.3-3.2 4.2 4.2 0 0 0-.1-3.2s-1.1-.3-3.5 1.3a12.3 12.3 0 0 0-6.2 0C6.5 2.8 5.4 3.1 5.4 3.1a4.2 4.2 0 0 0-.1 3.2A4.6 4.6 0 0 0 4 9.5c0 4.6 2.7 5.7 5.5 6-.6.6-.6 1.2-.5 2V21\"/>"));

  /** The icon as inline SVG wrapped in a span, or empty for an unknown name. */
  public static Optional<String> svg(String name) {
    String shape = SHAPES.get(name);
    if (shape == null) {
      return Optional.empty();
    }
    return Optional.of("<span class=\"icon icon-" + name + "\"><svg viewBox=\"0 0 24 24\" aria-hidden=\"true\">"
        + shape + "</svg></span>");
  }
}
