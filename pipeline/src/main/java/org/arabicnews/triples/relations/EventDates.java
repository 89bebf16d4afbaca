package org.arabicnews.triples.relations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date expression of an event and resolves it against the article's date.
 *
 * <p>Rules, first expression in the event's clause wins:
 *
 * <ul>
 *   <li>day month year (11 أغسطس 2015) → 2015-08-11; a Hijri date before it (26 شوال 1436 هـ الموافق) is passed
 *       over because its month is not Gregorian.
 *   <li>month year (في مارس 2016) → 2016-03.
 *   <li>day month, or month alone, without a year → the article's year, or the year before when that would put
 *       an asserted event after the article.
 *   <li>اليوم / الليلة → the article's date; أمس → the day before; غدا → the day after.
 *   <li>A weekday (اليوم الخميس، مساء الأربعاء) → the latest such day on or before the article's date; for a
 *       planned event, or with المقبل, the first such day on or after it.
 *   <li>Relative expressions need the article's date; without it they resolve to nothing.
 * </ul>
 */
final class EventDates {
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private EventDates() {}

  /** The date at the start of an article's {@code published} value (2015-07-21 02:53:14, 2015/07/21), or null. */
  static LocalDate parsePublished(String published) {
    if (published == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(published);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first date expression in tokens [from, to), as yyyy-MM-dd or yyyy-MM, or null. */
  static String find(SentenceView view, int from, int to, LocalDate published, boolean planned) {
    for (int k = Math.max(0, from); k < Math.min(to, view.size); k++) {
      String date = at(view, k, to, published, planned);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static String at(SentenceView view, int k, int to, LocalDate published, boolean planned) {
    int day = number(view, k);
    if (day >= 1 && day <= 31 && k + 1 < to) {
      Words.Entry month = view.word(k + 1, WordClass.MONTH);
      if (month != null) {
        int year = number(view, k + 1 + month.length());
        return dayMonth(year, month.intValue(), day, published, planned);
      }
    }
    Words.Entry month = view.word(k, WordClass.MONTH);
    if (month != null) {
      int year = number(view, k + month.length());
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return YearMonth.of(year, month.intValue()).toString();
      }
      if (published == null) {
        return null;
      }
      YearMonth ym = YearMonth.of(published.getYear(), month.intValue());
      if (!planned && ym.isAfter(YearMonth.from(published))) {
        ym = ym.minusYears(1);
      }
      return ym.toString();
    }
    Words.Entry relative = view.word(k, WordClass.DAY);
    Words.Entry weekday = view.word(k, WordClass.WEEKDAY);
    if (relative != null && k + 1 < view.size && view.word(k + 1, WordClass.WEEKDAY) != null) {
      weekday = view.word(k + 1, WordClass.WEEKDAY);
      relative = null;
      k++;
    }
    if (relative != null) {
      return published == null ? null : published.plusDays(relative.intValue()).toString();
    }
    if (weekday != null) {
      if (published == null) {
        return null;
      }
      boolean next = planned || (k + 1 < view.size && view.is(k + 1, WordClass.FUTURE));
      java.time.DayOfWeek dow = java.time.DayOfWeek.of(weekday.intValue());
      return (next ? published.with(TemporalAdjusters.nextOrSame(dow))
          : published.with(TemporalAdjusters.previousOrSame(dow))).toString();
    }
    return null;
  }

  private static String dayMonth(int year, int month, int day, LocalDate published, boolean planned) {
    try {
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return LocalDate.of(year, month, day).toString();
      }
      if (published == null) {
        return null;
      }
      LocalDate date = LocalDate.of(published.getYear(), month, day);
      if (!planned && date.isAfter(published)) {
        date = date.minusYears(1);
      }
      return date.toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of a number token of ASCII or Arabic-Indic digits at k, or -1. */
  private static int number(SentenceView view, int k) {
    if (k < 0 || k >= view.size || !view.isNumber(k)) {
      return -1;
    }
    String s = view.tokens.get(k).surface();
    if (s.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = Character.digit(s.charAt(i), 10);
      if (digit < 0) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
