package io.ebpfdocs.site.history;

import io.ebpfdocs.site.config.MkDocsConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A page date as {@code git-revision-date-localized} writes it: {@code date} is the locale's long date
 * ("July 17, 2026" in English), {@code datetime} adds the time, the {@code iso_} types are ISO dates.
 */
public final class RevisionDateFormat {
  private final DateTimeFormatter formatter;
  private final ZoneId zone;

  public RevisionDateFormat(MkDocsConfig.RevisionDates settings) {
    Locale locale = Locale.forLanguageTag(settings.locale().replace('_', '-'));
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.formatter = switch (settings.type()) {
      case "datetime" -> new DateTimeFormatterBuilder().append(date).appendLiteral(' ').appendPattern("HH:mm:ss")
          .toFormatter(locale);
      case "iso_date" -> DateTimeFormatter.ISO_LOCAL_DATE;
      case "iso_datetime" -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
      default -> date;
    };
    this.zone = ZoneId.of(settings.timezone());
  }

  public String format(Instant instant) {
    return formatter.format(instant.atZone(zone));
  }

  /** The day in ISO form ({@code lastmod} of the sitemap). */
  public String isoDate(Instant instant) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(zone));
  }
}
