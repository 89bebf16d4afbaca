package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.arabicnews.triples.StableId;
import org.junit.jupiter.api.Test;

class EventKeyTest {
  private static EventKey key(Mention m) {
    return EventKey.of(EventKey.canonical(m));
  }

  @Test
  void symmetricRelation_putsTheSmallerKeyFirst_withItsSurface() {
    Mention m = Mentions.seen(Mentions.of("سيرغي لافروف", "hold_talks", "ناصر بوريطه"), "a1", "s", "2015-07-21");
    Mention reversed = Mentions.seen(Mentions.of("ناصر بوريطه", "hold_talks", "سيرغي لافروف"), "a1", "s",
        "2015-07-21");
    assertEquals(key(m), key(reversed));
    assertEquals("سيرغي لافروف", EventKey.canonical(reversed).subjectKey());
    assertEquals("سيرغي لافروف", EventKey.canonical(reversed).subject());
    assertEquals("TN", key(Mentions.of("TN", "agree", "PK")).objectKey());
  }

  @Test
  void directedRelation_keepsItsOrder() {
    Mention host = Mentions.of("ولي العهد", "host", "رئيس وزراء اليابان");
    assertSame(host, EventKey.canonical(host));
    assertEquals("ولي العهد", key(host).subjectKey());
  }

  @Test
  void unknownRelation_isTreatedAsDirected() {
    Mention m = Mentions.of("ب", "condemn", "ا");
    assertSame(m, EventKey.canonical(m));
  }

  @Test
  void day_isTheEventDate_elseThePublicationDay_andFactsHaveNone() {
    Mention published = Mentions.seen(Mentions.of("ا", "visit", "ب"), "c", "s", "2015-07-23 19:17:45");
    assertEquals("2015-07-23", key(published).day());
    Mention dated = Mention.ofTriple("a1", "ا", "PER", "ا", "visit", null, null, "ب", "GPE", "ب", null,
        "2015-07-22", 0.8).inArticle("c", "s", "2015-07-23 19:17:45");
    assertEquals("2015-07-22", key(dated).day());
    Mention month = Mention.ofTriple("a1", "ا", "PER", "ا", "visit", null, null, "ب", "GPE", "ب", null,
        "2016-03", 0.8).inArticle("c", "s", "2016-03-20");
    assertEquals("2016-03", key(month).day());
    assertNull(key(Mentions.seen(Mentions.of("ا", "holds_title", "وزير الخارجيه"), "c", "s", "2015-07-23")).day());
    assertNull(key(Mentions.of("ا", "visit", "ب")).day(), "no event date, no readable publication date");
  }

  @Test
  void relationId_isStableIdOfTheFourParts_andDependsOnTheDay() {
    EventKey k = new EventKey("ا", "visit", "ب", "2015-07-22");
    assertEquals(StableId.of("ا", "visit", "ب", "2015-07-22"), k.relationId());
    assertNotEquals(k.relationId(), new EventKey("ا", "visit", "ب", "2015-07-23").relationId());
    assertEquals(StableId.of("ا", "holds_title", "ب", ""), new EventKey("ا", "holds_title", "ب", null).relationId());
  }

  @Test
  void encodeDecode_roundTrips_evenWithSeparatorsInKeys() {
    EventKey k = new EventKey("ا", "visit", "ب", null);
    assertEquals(k, EventKey.decode(k.encode()));
    EventKey dated = new EventKey("ا\u001fx", "meet", "ب", "2015-07-22");
    assertEquals("ا x", EventKey.decode(dated.encode()).subjectKey());
    assertEquals("2015-07-22", EventKey.decode(dated.encode()).day());
  }
}
