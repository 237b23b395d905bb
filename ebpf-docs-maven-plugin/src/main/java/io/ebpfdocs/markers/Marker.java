package io.ebpfdocs.markers;

import java.util.Objects;

/**
 * How a generated region is delimited in a page. {@code start} and {@code stop} are exact texts;
 * for a marker with an argument, {@code start} is the text before the argument and the argument is
 * followed by {@link #ARGUMENT_END}.
 *
 * @param name the name used in messages, e.g. {@code FEATURE_TAG}
 * @param repeats whether every region of the page is generated (otherwise only the first one)
 */
public record Marker(String name, String start, String stop, boolean withArgument, boolean repeats) {
  static final String ARGUMENT_END = ") -->";
  /** What every marker's start and stop hold: a page without it has no generated region. */
  public static final String OPENING = "<!-- [";

  public Marker {
    Objects.requireNonNull(name, "name");
    if (start == null || !start.contains(OPENING) || stop == null || !stop.contains(OPENING)) {
      throw new IllegalArgumentException("marker " + name + " needs a start and a stop text, each with " + OPENING);
    }
  }

  /** {@code <!-- [NAME] -->} … {@code <!-- [/NAME] -->}; the first region of a page. */
  public static Marker of(String name) {
    return exact(name, OPENING + name + "] -->", OPENING + "/" + name + "] -->");
  }

  /** {@code <!-- [NAME] -->} … {@code <!-- [/NAME] -->}; every region, in page order. */
  public static Marker everyRegion(String name) {
    return new Marker(name, OPENING + name + "] -->", OPENING + "/" + name + "] -->", false, true);
  }

  /** Exact start and stop texts (they may include a newline or leading text); the first region. */
  public static Marker exact(String name, String start, String stop) {
    return new Marker(name, start, stop, false, false);
  }

  /** {@code <!-- [NAME](ARG) -->} … {@code <!-- [/NAME] -->}; every region, in page order. */
  public static Marker withArgument(String name) {
    return new Marker(name, OPENING + name + "](", OPENING + "/" + name + "] -->", true, true);
  }
}
