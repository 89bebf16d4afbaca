package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopEventsTest {
  private static TopEvents.Event event(String id, String day, String relation, long sources, long articles,
      long mentions) {
    return new TopEvents.Event(id, day, "ا", relation, "ب", sources, articles, mentions, 0.8);
  }

  @Test
  void mostOutletsFirst_thenArticles_thenMentions_thenId_keepingOnlyN() {
    TopEvents top = new TopEvents(3);
    top.offer(event("e1", "2015-07-22", "meet", 2, 9, 9));
    top.offer(event("e2", "2015-07-22", "host", 7, 5, 16));
    top.offer(event("e3", "2015-07-22", "visit", 2, 9, 12));
    top.offer(event("e4", "2015-07-22", "visit", 2, 9, 12));
    top.offer(event("e5", "2015-07-22", "meet", 1, 1, 1));
    assertEquals(List.of("e2", "e3", "e4"), top.ranked().stream().map(TopEvents.Event::relationId).toList());
  }

  @Test
  void factsAndUndatedRowsAreNotEventsOfADay() {
    TopEvents top = new TopEvents(5);
    top.offer(event("fact", null, "holds_title", 9, 9, 9));
    top.offer(event("undated", null, "meet", 9, 9, 9));
    top.offer(event("dated", "2015-07-22", "meet", 1, 1, 1));
    assertEquals(List.of("dated"), top.ranked().stream().map(TopEvents.Event::relationId).toList());
  }

  @Test
  void theTableHasAHeaderAndOneLinePerEvent() {
    TopEvents top = new TopEvents(5);
    top.offer(event("e2", "2015-07-22", "host", 7, 5, 16));
    List<String> lines = top.table().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).matches(" +1  2015-07-22 +7 +5 +16  0\\.80  ا \\| host \\| ب"), lines.get(1));
  }
}
