package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DuplicateRankTest {
  private static boolean before(String a, String b) {
    return a.compareTo(b) < 0;
  }

  @Test
  void mainArticle_beatsAnEarlierEmbeddedCopy_whichBeatsAHeadline() {
    String main = DuplicateRank.of("main", "2015-07-22 20:00:00", "ffff");
    String embedded = DuplicateRank.of("read_also", "2015-07-22 08:00:00", "0000");
    String headline = DuplicateRank.of("related_headline", "2015-07-21 08:00:00", "0000");
    assertTrue(before(main, embedded) && before(embedded, headline));
  }

  @Test
  void earliestPublishedFirst_undatedLast_thenSmallestId() {
    String early = DuplicateRank.of("main", "2015-07-22 17:31:33", "ffff");
    String late = DuplicateRank.of("main", "2015-07-22 20:04:28", "0000");
    String undated = DuplicateRank.of("main", null, "0000");
    assertTrue(before(early, late) && before(late, undated));
    assertTrue(before(DuplicateRank.of("main", "2015-07-22", "aaaa"), DuplicateRank.of("main", "2015-07-22", "bbbb")));
  }

  @Test
  void theArticleIdIsReadBackFromTheRank() {
    assertEquals("3f2a9c0d11e4b7a8", DuplicateRank.articleId(DuplicateRank.of("main", "2015-07-22", "3f2a9c0d11e4b7a8")));
  }
}
