package org.arabicnews.triples.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates the tables carry as text: {@code articles.published} as the input gave it, and
 * {@code triples.event_date}.
 *
 * <p>Rules for {@code published}:
 *
 * <ul>
 *   <li>{@code 2015-07-21 02:53:14}, {@code 2015-07-21T02:53:14Z}, {@code 2015-07-21T02:53:14.250+03:00},
 *       {@code 2015-07-21 02:53}, {@code 2015/07/21} and {@code 2015-07-21} are read as the local date and time
 *       written; a zone, when given, is ignored (the day is the day the outlet printed).
 *   <li>RFC 1123 ({@code Tue, 21 Jul 2015 02:53:14 GMT}), as RSS feeds write it, likewise.
 *   <li>Anything else, or an impossible date (2015-02-30), is unknown: null.
 * </ul>
 */
public final class NewsDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?"
          + "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?");
  private static final Pattern EVENT_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern EVENT_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private NewsDates() {}

  /** {@code published} as {@code yyyy-MM-dd HH:mm:ss}, or {@code yyyy-MM-dd} when it has no time; null if unknown. */
  public static String timestamp(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String s = published.strip();
    Matcher m = ISO.matcher(s);
    try {
      if (m.matches()) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
          return day.toString();
        }
        return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).format(TIMESTAMP);
      }
      LocalDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
          .toLocalDateTime();
      return rfc.format(TIMESTAMP);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The day of {@code published} as {@code yyyy-MM-dd}, or null if unknown. */
  public static String day(String published) {
    String t = timestamp(published);
    return t == null ? null : t.substring(0, 10);
  }

  /**
   * An event date as the triples table gives it, checked: a real {@code yyyy-MM-dd} day or {@code yyyy-MM}
   * month, or null.
   */
  public static String eventDate(String eventDate) {
    if (eventDate == null) {
      return null;
    }
    String s = eventDate.strip();
    try {
      if (EVENT_DAY.matcher(s).matches()) {
        return LocalDate.parse(s).toString();
      }
      if (EVENT_MONTH.matcher(s).matches()) {
        return YearMonth.parse(s).toString();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** The first and last day a {@code yyyy-MM-dd} day or {@code yyyy-MM} month covers. */
  static LocalDate[] span(String dayOrMonth) {
    if (dayOrMonth.length() == 7) {
      YearMonth month = YearMonth.parse(dayOrMonth);
      return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }
    LocalDate day = LocalDate.parse(dayOrMonth);
    return new LocalDate[] {day, day};
  }
}
