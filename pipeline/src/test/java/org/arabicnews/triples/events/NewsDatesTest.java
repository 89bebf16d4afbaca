package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NewsDatesTest {
  @Test
  void saudiNewsNetStyle_isKeptToTheSecond() {
    assertEquals("2015-07-21 02:53:14", NewsDates.timestamp("2015-07-21 02:53:14"));
    assertEquals("2015-07-21", NewsDates.day(" 2015-07-21 02:53:14 "));
  }

  @Test
  void isoWithZoneOrFraction_keepsTheWrittenLocalTime() {
    assertEquals("2015-07-21 23:10:00", NewsDates.timestamp("2015-07-21T23:10:00+03:00"));
    assertEquals("2015-07-21 23:10:05", NewsDates.timestamp("2015-07-21T23:10:05.250Z"));
    assertEquals("2015-07-21 23:10:00", NewsDates.timestamp("2015-07-21 23:10"));
  }

  @Test
  void dayOnlyAndSlashes_giveADayWithoutTime() {
    assertEquals("2015-07-21", NewsDates.timestamp("2015-07-21"));
    assertEquals("2015-07-01", NewsDates.timestamp("2015/7/1"));
  }

  @Test
  void rfc1123_asRssFeedsWriteIt() {
    assertEquals("2015-07-21 02:53:14", NewsDates.timestamp("Tue, 21 Jul 2015 02:53:14 GMT"));
  }

  @Test
  void impossibleOrUnreadable_isUnknown() {
    assertNull(NewsDates.timestamp("2015-02-30"));
    assertNull(NewsDates.timestamp("الثلاثاء 21 يوليو"));
    assertNull(NewsDates.timestamp(""));
    assertNull(NewsDates.day(null));
  }

  @Test
  void eventDate_acceptsRealDaysAndMonthsOnly() {
    assertEquals("2016-03-05", NewsDates.eventDate("2016-03-05"));
    assertEquals("2016-03", NewsDates.eventDate(" 2016-03 "));
    assertNull(NewsDates.eventDate("2016-13"));
    assertNull(NewsDates.eventDate("2016-02-30"));
    assertNull(NewsDates.eventDate("5 March"));
    assertNull(NewsDates.eventDate(null));
  }
}
