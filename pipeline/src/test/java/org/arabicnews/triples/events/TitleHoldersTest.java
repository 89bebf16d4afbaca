package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.junit.jupiter.api.Test;

class TitleHoldersTest {
  private static final String KING_TITLE = "خادم الحرمين الشريفين";
  private static final String SALMAN = "الملك سلمان بن عبدالعزيز";
  private static final String CROWN_PRINCE = "ولي العهد";

  private static Entity entity(EntityType type, int start, int end, String key, String source) {
    return new Entity(type, start, end, "x", key, key, source, 0.9, 0);
  }

  @Test
  void links_areAliasPersonsOverATitleSpan_oncePerArticle() {
    List<Entity> entities = List.of(
        entity(EntityType.TITLE, 0, 21, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 22, 46, SALMAN, "pattern"),
        entity(EntityType.TITLE, 100, 121, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 100, 121, SALMAN, "alias"),
        entity(EntityType.TITLE, 300, 321, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 300, 321, SALMAN, "alias"),
        // A short name resolved inside the article is an alias, but not of a title.
        entity(EntityType.PER, 400, 406, "ناصر بوريطه", "alias"));
    assertEquals(List.of(Map.entry(KING_TITLE, SALMAN)), TitleHolders.links(entities));
  }

  @Test
  void links_needTheSameSpan_andTheAliasSource() {
    assertEquals(List.of(), TitleHolders.links(List.of(
        entity(EntityType.TITLE, 0, 21, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 0, 20, SALMAN, "alias"),
        entity(EntityType.TITLE, 50, 71, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 50, 71, SALMAN, "pattern"))));
  }

  @Test
  void holder_needsFourFifthsOfTheVotes() {
    List<TitleVote> votes = List.of(new TitleVote(SALMAN, "2015-07-22", 8), new TitleVote("اخر", "2015-07-22", 2));
    assertEquals(SALMAN, TitleHolders.holder(votes, "2015-07-23", 30));
    assertEquals(SALMAN, TitleHolders.holder(votes, null, 30));
    // 7 of 10 is a majority, not enough to merge two people's events.
    assertNull(TitleHolders.holder(List.of(new TitleVote(SALMAN, "2015-07-22", 7), new TitleVote("اخر", "2015-07-22", 3)),
        "2015-07-22", 30));
  }

  @Test
  void holder_needsThreeLinkingArticles() {
    assertNull(TitleHolders.holder(List.of(new TitleVote(SALMAN, "2015-07-22", 2)), "2015-07-22", 30));
    assertEquals(SALMAN, TitleHolders.holder(List.of(new TitleVote(SALMAN, "2015-07-21", 2),
        new TitleVote(SALMAN, "2015-07-22", 1)), "2015-07-22", 30));
  }

  @Test
  void holder_aTitleSharedBySeveralPeopleStaysUnresolved() {
    assertNull(TitleHolders.holder(List.of(new TitleVote("ا", "2015-07-22", 4), new TitleVote("ب", "2015-07-22", 4)),
        "2015-07-22", 30));
    // «وزير الخارجية» of three countries.
    assertNull(TitleHolders.holder(List.of(new TitleVote("عادل الجبير", "2015-07-22", 4),
        new TitleVote("سيرغي لافروف", "2015-07-22", 3), new TitleVote("جون كيري", "2015-07-22", 2)),
        "2015-07-22", 30));
  }

  @Test
  void holder_countsOnlyVotesNearTheEventDay_soAHolderChangeIsFollowed() {
    // The crown prince changed on 2015-04-29: مقرن before, محمد بن نايف after.
    List<TitleVote> votes = List.of(
        new TitleVote("الامير مقرن بن عبدالعزيز", "2015-03-10", 9),
        new TitleVote("الامير مقرن بن عبدالعزيز", "2015-04-20", 3),
        new TitleVote("الامير محمد بن نايف", "2015-05-15", 2),
        new TitleVote("الامير محمد بن نايف", "2015-07-22", 6));
    assertEquals("الامير محمد بن نايف", TitleHolders.holder(votes, "2015-07-22", 30));
    assertEquals("الامير مقرن بن عبدالعزيز", TitleHolders.holder(votes, "2015-03-15", 30));
    // A month covers its first to its last day: March 2015 only sees مقرن.
    assertEquals("الامير مقرن بن عبدالعزيز", TitleHolders.holder(votes, "2015-03", 0));
    // With every vote counted, مقرن's 12 to محمد بن نايف's 8 is no clear holder: the window is what tells them apart.
    assertNull(TitleHolders.holder(votes, null, 30));
  }

  @Test
  void holder_undatedVotesAlwaysCount_andNoVotesMeansNoHolder() {
    assertEquals(CROWN_PRINCE, TitleHolders.holder(List.of(new TitleVote(CROWN_PRINCE, null, 3)), "2020-01-01", 0));
    assertNull(TitleHolders.holder(List.of(), "2015-07-22", 30));
  }
}
