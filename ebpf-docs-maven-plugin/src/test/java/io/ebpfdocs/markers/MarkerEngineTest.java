package io.ebpfdocs.markers;

import static io.ebpfdocs.PropertyCheck.forAll;
import static io.ebpfdocs.PropertyCheck.lineOf;
import static io.ebpfdocs.PropertyCheck.occurrences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.PropertyCheck;
import io.ebpfdocs.report.Report;
import io.ebpfdocs.report.Report.StaleRegion;
import io.ebpfdocs.report.Warning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MarkerEngineTest {
  private static final String PAGE = "docs/linux/page.md";

  /** Text around and inside regions: line endings, spaces, unicode, and near-misses of markers. */
  private static final String[] FILLER = {
    "a", "Z", "0", " ", "   ", "\t", "\n", "\n", "\r\n", "\r", "é", "日本", "😀", "\u202e", "\u0000",
    "<!--", "-->", "<!-- [", "] -->", "<!-- [/", "<!-- [X ] -->", "<!-- [x] -->", "<!-- [OTHER] -->",
    "<!-- [/OTHER] -->", "[", "]", "(", ")", ") -->", "<!-- [X] --", "<!-- [/X] --", "<!-- [FEATURE_TAG]",
    "<!-- [/FEATURE_TAG]", "<!-- [FEATURE_TAG] -->", "<!-- [X]-->",
  };
  private static final String[] ARGUMENT = {"A", "b", "_", "9", "é", "😀", " ", "(", ")", "]", "-", ">", "."};

  /**
   * One way of writing markers; {@code start(arg)} is the full start marker text. {@code filler}
   * adds the near misses of this kind (e.g. the exact texts without their newline).
   */
  private record Kind(String label, Marker marker, String[] filler) {
    static Kind of(String label, Marker marker, String... nearMisses) {
      return new Kind(label, marker, Stream.concat(Arrays.stream(FILLER), Arrays.stream(nearMisses)).toArray(String[]::new));
    }

    String start(String argument) {
      return marker.withArgument() ? marker.start() + argument + Marker.ARGUMENT_END : marker.start();
    }
  }

  private static final List<Kind> KINDS = List.of(
      Kind.of("of", Marker.of("X"), "<!-- [X] ->", "<!--[X] -->", "<!-- [/X]  -->"),
      Kind.of("exact with newline", Marker.exact("X", "<!-- [X] -->\n", "<!-- [/X] -->\n"),
          "<!-- [X] -->", "<!-- [/X] -->", "<!-- [X] --> \n", "<!-- [/X] -->\r"),
      Kind.of("withArgument", Marker.withArgument("FEATURE_TAG"), "<!-- [FEATURE_TAG] (", "<!-- [/FEATURE_TAG] --"));

  /** A page assembled from parts, remembering where each start marker is. */
  private static final class PageBuilder {
    final StringBuilder original = new StringBuilder();
    final StringBuilder expected = new StringBuilder();
    final List<Region> regions = new ArrayList<>();
    final List<String> fresh = new ArrayList<>();

    PageBuilder same(String text) {
      original.append(text);
      expected.append(text);
      return this;
    }

    /** A region that the engine regenerates into {@code newContent}. */
    PageBuilder region(Kind kind, String argument, String content, String newContent) {
      int line = lineOf(original.toString(), original.length());
      regions.add(new Region(kind.marker().withArgument() ? argument : "", content, line));
      fresh.add(newContent);
      same(kind.start(argument));
      original.append(content);
      expected.append(newContent);
      return same(kind.marker().stop());
    }

    int nextLine() {
      return lineOf(original.toString(), original.length());
    }
  }

  private static String argument(Random random) {
    while (true) {
      String argument = PropertyCheck.text(random, ARGUMENT, 12);
      if (!argument.isEmpty() && !argument.contains(Marker.ARGUMENT_END)) {
        return argument;
      }
    }
  }

  /** Render that hands out the builder's new contents in order and records what it was given. */
  private static Function<Region, String> recording(PageBuilder page, List<Region> seen) {
    return region -> {
      seen.add(region);
      return page.fresh.get(seen.size() - 1);
    };
  }

  private static Function<Region, String> mustNotRender() {
    return region -> {
      throw new AssertionError("render called for a damaged region " + region);
    };
  }

  @Test
  void textAroundAndInsideRegionsSurvivesByteForByte() {
    forAll("regions survive", random -> {
      for (Kind kind : KINDS) {
        PageBuilder page;
        int count = kind.marker().repeats() ? 1 + random.nextInt(4) : 1;
        do {
          page = new PageBuilder().same(PropertyCheck.text(random, kind.filler(), 30));
          for (int i = 0; i < count; i++) {
            page.region(kind, argument(random), PropertyCheck.text(random, kind.filler(), 20),
                "⟨" + i + "⟩" + PropertyCheck.text(random, kind.filler(), 10))
                .same(PropertyCheck.text(random, kind.filler(), 30));
          }
        } while (!onlyIntendedMarkers(page.original.toString(), kind, count));
        String text = page.original.toString();
        Report report = new Report();
        List<Region> seen = new ArrayList<>();

        String result = MarkerEngine.rewrite(PAGE, text, kind.marker(), recording(page, seen), report);

        assertEquals(page.expected.toString(), result, kind.label());
        assertEquals(page.regions, seen, kind.label() + ": regions given to render, in page order");
        assertEquals(List.of(), report.warnings(), kind.label());
        assertEquals(count, report.counter("regions"), kind.label());
        List<StaleRegion> stale = page.regions.stream()
            .map(r -> new StaleRegion(PAGE, kind.marker().name(), r.line())).toList();
        assertEquals(stale, report.staleRegions(), kind.label());

        Report readOnly = new Report();
        assertEquals(page.regions, MarkerEngine.regions(PAGE, text, kind.marker(), readOnly), kind.label());
        assertEquals(List.of(), readOnly.staleRegions(), kind.label());

        Report identity = new Report();
        assertEquals(text, MarkerEngine.rewrite(PAGE, text, kind.marker(), Region::content, identity), kind.label());
        assertEquals(List.of(), identity.staleRegions(), kind.label() + ": identity render changes no region");
        assertEquals(count, identity.counter("regions"), kind.label());
      }
    });
  }

  private static boolean onlyIntendedMarkers(String text, Kind kind, int starts) {
    return occurrences(text, kind.marker().start()) == starts && occurrences(text, kind.marker().stop()) == starts;
  }

  private enum Damage { STOP_ONLY, START_ONLY, STOP_BEFORE_START, SECOND_REGION, BAD_ARGUMENT }

  @Test
  void damagedMarkersAreReportedWithTheirLineAndLeftAsTheyAre() {
    forAll("damaged markers", random -> {
      for (Kind kind : KINDS) {
        for (Damage damage : Damage.values()) {
          if (damage == Damage.SECOND_REGION && kind.marker().repeats()
              || damage == Damage.BAD_ARGUMENT && !kind.marker().withArgument()) {
            continue;
          }
          checkDamage(random, kind, damage);
        }
      }
    });
  }

  private static void checkDamage(Random random, Kind kind, Damage damage) {
    Marker marker = kind.marker();
    String name = marker.name();
    while (true) {
      PageBuilder page = new PageBuilder().same(PropertyCheck.text(random, kind.filler(), 20));
      List<Warning> warnings = new ArrayList<>();
      int starts = 0;
      int stops = 0;
      int argumentEnds = 0;
      boolean validAfter = damage != Damage.SECOND_REGION && random.nextBoolean();
      switch (damage) {
        case STOP_ONLY -> {
          warnings.add(stopWithoutStart(name, page.nextLine()));
          page.same(marker.stop());
          stops++;
        }
        case START_ONLY -> {
          warnings.add(startWithoutStop(name, page.nextLine()));
          page.same(kind.start(argument(random)));
          starts++;
        }
        case STOP_BEFORE_START -> {
          warnings.add(stopWithoutStart(name, page.nextLine()));
          page.same(marker.stop()).same(PropertyCheck.text(random, kind.filler(), 20));
          warnings.add(startWithoutStop(name, page.nextLine()));
          page.same(kind.start(argument(random)));
          starts++;
          stops++;
        }
        case SECOND_REGION -> {
          page.region(kind, "", PropertyCheck.text(random, kind.filler(), 10), "⟨new⟩").same(PropertyCheck.text(random, kind.filler(), 20));
          warnings.add(new Warning(PAGE, page.nextLine(),
              "second " + name + " region; only the first one is generated, this one is left as it is"));
          page.same(marker.start() + PropertyCheck.text(random, kind.filler(), 10) + marker.stop());
          starts += 2;
          stops += 2;
        }
        case BAD_ARGUMENT -> {
          warnings.add(new Warning(PAGE, page.nextLine(),
              name + " start marker without a valid (NAME) argument; left as it is"));
          int form = random.nextInt(validAfter ? 2 : 3);
          page.same(marker.start() + switch (form) {
            case 0 -> Marker.ARGUMENT_END;
            case 1 -> argument(random) + "\n" + Marker.ARGUMENT_END;
            default -> argument(random);
          });
          starts++;
          if (form < 2) {
            argumentEnds++;
            page.same(PropertyCheck.text(random, kind.filler(), 10));
            // The stop marker of the damaged region then has no start of its own.
            warnings.add(stopWithoutStart(name, page.nextLine()));
            page.same(marker.stop());
            stops++;
          }
        }
      }
      page.same(PropertyCheck.text(random, kind.filler(), 20));
      if (validAfter) {
        page.region(kind, argument(random), PropertyCheck.text(random, kind.filler(), 10), "⟨valid⟩")
            .same(PropertyCheck.text(random, kind.filler(), 20));
        starts++;
        stops++;
        argumentEnds++;
      }
      String text = page.original.toString();
      if (occurrences(text, marker.start()) != starts || occurrences(text, marker.stop()) != stops
          || damage == Damage.BAD_ARGUMENT && occurrences(text, Marker.ARGUMENT_END) != argumentEnds) {
        continue;
      }
      Report report = new Report();
      List<Region> seen = new ArrayList<>();
      String result = MarkerEngine.rewrite(PAGE, text, marker, recording(page, seen), report);
      String label = kind.label() + " " + damage + " in " + text;
      assertEquals(page.expected.toString(), result, label);
      assertEquals(page.regions, seen, label);
      assertEquals(warnings, withoutForeignStops(report.warnings()), label);
      Report readOnly = new Report();
      assertEquals(page.regions, MarkerEngine.regions(PAGE, text, marker, readOnly), label);
      assertEquals(warnings, withoutForeignStops(readOnly.warnings()), label);
      return;
    }
  }

  /** The warnings without the stop marker of another region they may name (the fillers hold some; DocsRunTest checks it). */
  private static List<Warning> withoutForeignStops(List<Warning> warnings) {
    return warnings.stream().map(w -> new Warning(w.file(), w.line(),
        w.message().replaceFirst(" \\(the next stop marker, <!-- \\[/[^\\]]+\\] -->, closes another region\\)", ""))).toList();
  }

  private static Warning stopWithoutStart(String name, int line) {
    return new Warning(PAGE, line, name + " stop marker without a start marker; left as it is");
  }

  private static Warning startWithoutStop(String name, int line) {
    return new Warning(PAGE, line, name + " start marker without a stop marker; left as it is");
  }

  @Test
  void crlfPageWithTwoFeatureTagsExample() {
    String text = "---\r\ntitle: t\r\n---\r\n<!-- [FEATURE_TAG](A) -->\r\nold\r\n<!-- [/FEATURE_TAG] -->  \r\n"
        + "x <!-- [FEATURE_TAG](B) --><!-- [/FEATURE_TAG] -->";
    Report report = new Report();
    String result = MarkerEngine.rewrite(PAGE, text, Marker.withArgument("FEATURE_TAG"),
        region -> "[" + region.argument() + "@" + region.line() + "]", report);
    assertEquals("---\r\ntitle: t\r\n---\r\n<!-- [FEATURE_TAG](A) -->[A@4]<!-- [/FEATURE_TAG] -->  \r\n"
        + "x <!-- [FEATURE_TAG](B) -->[B@7]<!-- [/FEATURE_TAG] -->", result);
    assertEquals(List.of(new StaleRegion(PAGE, "FEATURE_TAG", 4), new StaleRegion(PAGE, "FEATURE_TAG", 7)),
        report.staleRegions());
    assertEquals(2, report.counter("regions"));
  }

  @Test
  void exactMarkerOwnsItsNewlineAndNeedsIt() {
    Marker marker = Marker.exact("R", "<!-- [R] -->\n", "<!-- [/R] -->\n");
    Report report = new Report();
    assertEquals("<!-- [R] -->\nNEW<!-- [/R] -->\ntail",
        MarkerEngine.rewrite(PAGE, "<!-- [R] -->\nold\n<!-- [/R] -->\ntail", marker, r -> "NEW", report));
    assertEquals(List.of(), report.warnings());

    // Without its newline the stop marker is not there: the start is reported, nothing changes.
    String noFinalNewline = "<!-- [R] -->\nold\n<!-- [/R] -->";
    assertEquals(noFinalNewline, MarkerEngine.rewrite(PAGE, noFinalNewline, marker, r -> "NEW", report));
    assertEquals(List.of(new Warning(PAGE, 1, "R start marker without a stop marker; left as it is")),
        report.warnings());
  }

  @Test
  void pageWithoutTheMarkerIsReturnedAsItIsWithoutCounting() {
    Report report = new Report();
    String text = "no markers here\r\n";
    assertEquals(text, MarkerEngine.rewrite(PAGE, text, Marker.of("X"), mustNotRender(), report));
    assertEquals(0, report.counter("regions"));
    assertEquals(List.of(), report.warnings());
    assertEquals(List.of(), MarkerEngine.regions(PAGE, text, Marker.of("X"), report));
  }

  @Test
  void regionsCounterAddsUpOverPagesAndStaleRegionsAreOnlyTheChangedOnes() {
    Report report = new Report();
    Marker tag = Marker.withArgument("T");
    String text = "<!-- [T](a) -->same<!-- [/T] -->\n<!-- [T](b) -->old<!-- [/T] -->\n";
    Function<Region, String> render = r -> r.argument().equals("a") ? "same" : "new";
    MarkerEngine.rewrite("p1.md", text, tag, render, report);
    MarkerEngine.rewrite("p2.md", text, tag, render, report);
    assertEquals(4, report.counter("regions"));
    assertEquals(List.of(new StaleRegion("p1.md", "T", 2), new StaleRegion("p2.md", "T", 2)), report.staleRegions());
  }

  @Test
  void markerNeedsStartAndStopEachWithTheOpeningThatTellsAPageHasRegions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Marker.exact("M", "", "x"));
    assertEquals("marker M needs a start and a stop text, each with <!-- [", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Marker.exact("M", "**M**", "<!-- [/M] -->"));
  }
}
