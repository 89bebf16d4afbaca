package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link EventDates}; the article is dated Thursday 2026-03-12. */
class EventDatesTest {
  private static final Words WORDS = Words.load();
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

  private static String date(String text, LocalDate published, boolean planned) {
    AnalyzedText analyzed = AnalyzedText.of(text);
    SentenceView view = new SentenceView(text, analyzed.sentences().get(0), List.of(), WORDS);
    return EventDates.find(view, 0, view.size, published, planned);
  }

  private static String date(String text) {
    return date(text, THURSDAY, false);
  }

  @Test
  void dayMonthYear_aHijriDateBeforeItIsPassedOver() {
    assertEquals("2015-08-11", date("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م"));
    assertEquals("2024-01-05", date("التقيا في 5 كانون الثاني 2024"));
  }

  @Test
  void monthYear() {
    assertEquals("2016-03", date("الشراكة التي وقعاها في مارس 2016"));
    assertEquals("2019-11", date("في تشرين الثاني ٢٠١٩"));
  }

  @Test
  void withoutAYearTheArticlesYear_orTheYearBeforeForAPastEvent() {
    assertEquals("2026-03-02", date("التقيا في 2 مارس"));
    assertEquals("2025-05-02", date("التقيا في 2 مايو"));
    assertEquals("2026-05-02", date("سيلتقيان في 2 مايو", THURSDAY, true));
    assertEquals("2025-11", date("في نوفمبر"));
  }

  @Test
  void relativeDays() {
    assertEquals("2026-03-12", date("استقبل اليوم"));
    assertEquals("2026-03-11", date("استقبل مساء أمس"));
    assertEquals("2026-03-13", date("يستقبل غدا"));
  }

  @Test
  void weekdays() {
    assertEquals("2026-03-12", date("أجرى اليوم الخميس"));
    assertEquals("2026-03-10", date("أجرى مساء الثلاثاء"));
    assertEquals("2026-03-15", date("يزور يوم الأحد المقبل"));
    assertEquals("2026-03-15", date("سيزور الأحد", THURSDAY, true));
  }

  @Test
  void relativeExpressionsNeedTheArticlesDate() {
    assertNull(date("استقبل أمس", null, false));
    assertNull(date("أجرى مساء الثلاثاء", null, false));
    assertEquals("2016-03", date("في مارس 2016", null, false));
  }

  @Test
  void noDateExpression() {
    assertNull(date("بحث الجانبان سبل التعاون في 3 مجالات"));
  }

  @Test
  void publishedValues() {
    assertEquals(LocalDate.of(2015, 7, 21), EventDates.parsePublished("2015-07-21 02:53:14"));
    assertEquals(LocalDate.of(2015, 7, 21), EventDates.parsePublished("2015/7/21"));
    assertEquals(LocalDate.of(2026, 10, 5), EventDates.parsePublished("2026-10-05T09:12:44Z"));
    assertNull(EventDates.parsePublished("الثلاثاء"));
    assertNull(EventDates.parsePublished("2015-02-30"));
    assertNull(EventDates.parsePublished(null));
  }
}
