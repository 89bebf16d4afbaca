package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {
  private static final String KING = "سلمان بن عبد العزيز ال سعود";
  private static final String CARTER = "اشتون كارتر";
  private static final String OBAMA = "باراك اوباما";

  private static Mention mention(String subject, String relation, String object, String eventDate) {
    return Mention.ofTriple("a1", subject, "PER", subject, relation, null, null, object, "PER", object, null,
        eventDate, 0.8);
  }

  @Test
  void anUndatedEventBetweenTheSameParties_takesTheirDate_inEitherOrder() {
    List<Mention> dated = ArticleDates.inherit(List.of(
        mention(KING, "host", CARTER, "2015-07-22"),
        mention(CARTER, "hold_talks", KING, null)));
    assertEquals("2015-07-22", dated.get(1).eventDate());
  }

  @Test
  void withoutTheSamePair_anEventSharingOneParty_takesTheDateItsPartyHas() {
    List<Mention> dated = ArticleDates.inherit(List.of(
        mention(KING, "host", CARTER, "2015-07-22"),
        mention(OBAMA, "send_message", KING, null)));
    assertEquals("2015-07-22", dated.get(1).eventDate());
  }

  @Test
  void twoDates_leaveItUndated() {
    // The same pair on two days: which one the undated sentence means is not said.
    assertNull(ArticleDates.inherit(List.of(
        mention(KING, "host", CARTER, "2015-07-22"),
        mention(KING, "meet", CARTER, "2015-07-20"),
        mention(KING, "hold_talks", CARTER, null))).get(2).eventDate());
    // Carter in Israel on the 21st and in Baghdad on the 23rd: a talk with a third party gets neither.
    assertNull(ArticleDates.inherit(List.of(
        mention(CARTER, "visit", "IL", "2015-07-21"),
        mention(CARTER, "visit", "IQ", "2015-07-23"),
        mention(CARTER, "meet", "مسعود بارزاني", null))).get(2).eventDate());
  }

  @Test
  void theSamePairDecides_evenWhenItsPartiesHaveOtherDates() {
    List<Mention> dated = ArticleDates.inherit(List.of(
        mention(CARTER, "visit", "IL", "2015-07-21"),
        mention(KING, "host", CARTER, "2015-07-22"),
        mention(KING, "hold_talks", CARTER, null)));
    assertEquals("2015-07-22", dated.get(2).eventDate());
  }

  @Test
  void noPartyInCommon_leavesItUndated_andFactsNeitherGiveNorTakeADate() {
    List<Mention> dated = ArticleDates.inherit(List.of(
        mention(KING, "host", CARTER, "2015-07-22"),
        mention("عبد الله الثاني", "visit", "FR", null),
        mention(CARTER, "holds_title", "وزير الدفاع الامريكي", null)));
    assertNull(dated.get(1).eventDate());
    assertNull(dated.get(2).eventDate());
    assertNull(ArticleDates.inherit(List.of(
        mention(CARTER, "holds_title", "وزير الدفاع الامريكي", "2015-07-22"),
        mention(CARTER, "visit", "IQ", null))).get(1).eventDate());
  }

  @Test
  void aMonthIsPassedOnAsAMonth_andAnArticleWithNoDateIsReturnedAsItIs() {
    assertEquals("2015-07", ArticleDates.inherit(List.of(
        mention(KING, "visit", "FR", "2015-07"),
        mention(KING, "hold_talks", "FR", null))).get(1).eventDate());
    List<Mention> undated = List.of(mention(KING, "host", CARTER, null));
    assertSame(undated, ArticleDates.inherit(undated));
  }
}
