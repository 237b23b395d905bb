package io.ebpfdocs.markers;

import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one marker engine every generator uses. It finds the regions of a marker in a page and
 * replaces their contents, keeping every other byte of the page (line endings, trailing spaces, a
 * missing final newline). Damaged markers are reported with file and line and left as they are: a
 * start marker whose region cannot be found (no stop, a bad argument) as damage that fails the run
 * (see {@link Report#damagedMarker}), a stray stop marker or an unexpected second region as a warning.
 */
public final class MarkerEngine {
  private MarkerEngine() {}

  /**
   * Replaces the content of the marker's regions by {@code render(region)}.
   *
   * @param page the page's path, for messages
   * @return the new page text, identical to {@code text} when nothing changed
   */
  public static String rewrite(
      String page, String text, Marker marker, Function<Region, String> render, Report report) {
    List<Span> spans = spans(page, text, marker, report);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 256);
    int copied = 0;
    for (Span span : spans) {
      String old = text.substring(span.contentStart, span.contentEnd);
      String fresh = render.apply(new Region(span.argument, old, span.line));
      if (!fresh.equals(old)) {
        report.stale(page, marker.name(), span.line);
      }
      out.append(text, copied, span.contentStart).append(fresh);
      copied = span.contentEnd;
    }
    report.count("regions", spans.size());
    return out.append(text, copied, text.length()).toString();
  }

  /** The regions the engine would rewrite, without changing anything. */
  public static List<Region> regions(String page, String text, Marker marker, Report report) {
    List<Region> regions = new ArrayList<>();
    for (Span span : spans(page, text, marker, report)) {
      regions.add(
          new Region(span.argument, text.substring(span.contentStart, span.contentEnd), span.line));
    }
    return regions;
  }

  /**
   * Where a region lies in the page text: its content is {@code text[contentStart, contentEnd)}.
   *
   * @param line the 1-based line of the start marker
   */
  public record Span(String argument, int contentStart, int contentEnd, int line) {}

  /**
   * The regions the engine would rewrite, as offsets: start and stop markers paired in page order;
   * what does not pair is reported and dropped.
   */
  public static List<Span> spans(String page, String text, Marker marker, Report report) {
    List<Span> spans = new ArrayList<>();
    if (!text.contains(marker.start()) && !text.contains(marker.stop())) {
      return spans;
    }
    Lines lines = new Lines(text);
    int at = 0;
    while (true) {
      int start = text.indexOf(marker.start(), at);
      int stop = text.indexOf(marker.stop(), at);
      if (start < 0 && stop < 0) {
        break;
      }
      if (start < 0 || (stop >= 0 && stop < start)) {
        report.warn(page, lines.lineOf(stop), marker.name() + " stop marker without a start marker; left as it is");
        at = stop + marker.stop().length();
        continue;
      }
      int contentStart = start + marker.start().length();
      String argument = "";
      if (marker.withArgument()) {
        int close = text.indexOf(Marker.ARGUMENT_END, contentStart);
        int lineEnd = text.indexOf('\n', contentStart);
        if (close < 0 || (lineEnd >= 0 && lineEnd < close) || close == contentStart) {
          report.damagedMarker(page, lines.lineOf(start), marker.name() + " start marker without a valid (NAME) argument; left as it is");
          at = contentStart;
          continue;
        }
        argument = text.substring(contentStart, close);
        contentStart = close + Marker.ARGUMENT_END.length();
      }
      int contentEnd = text.indexOf(marker.stop(), contentStart);
      int nextStart = text.indexOf(marker.start(), contentStart);
      if (contentEnd < 0 || (nextStart >= 0 && nextStart < contentEnd)) {
        report.damagedMarker(page, lines.lineOf(start), marker.name() + " start marker without a stop marker"
            + foreignStop(text, contentStart, nextStart >= 0 ? nextStart : text.length(), marker) + "; left as it is");
        at = contentStart;
        continue;
      }
      int line = lines.lineOf(start);
      if (!marker.repeats() && !spans.isEmpty()) {
        report.warn(page, line, "second " + marker.name() + " region; only the first one is generated, this one is left as it is");
      } else {
        spans.add(new Span(argument, contentStart, contentEnd, line));
      }
      at = contentEnd + marker.stop().length();
    }
    return spans;
  }

  private static final Pattern ANY_STOP = Pattern.compile("<!-- \\[/([^\\]\\s]+)\\] -->");

  /** Names the first stop marker of another region between a start marker and where its own stop would be. */
  private static String foreignStop(String text, int from, int to, Marker marker) {
    Matcher stop = ANY_STOP.matcher(text).region(from, to);
    while (stop.find()) {
      if (!stop.group(1).equals(marker.name())) {
        return " (the next stop marker, " + stop.group() + ", closes another region)";
      }
    }
    return "";
  }

  /** 1-based line numbers of offsets, computed on demand (most pages need none). */
  private static final class Lines {
    private final String text;
    private int[] starts;

    Lines(String text) {
      this.text = text;
    }

    int lineOf(int offset) {
      if (starts == null) {
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
          found.add(i + 1);
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
      }
      int low = 0;
      int high = starts.length - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (starts[mid] <= offset) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low + 1;
    }
  }
}
