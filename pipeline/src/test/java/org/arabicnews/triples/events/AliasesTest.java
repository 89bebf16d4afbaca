package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.junit.jupiter.api.Test;

class AliasesTest {
  private static final String KING_TITLE = "خادم الحرمين الشريفين";
  private static final String SALMAN = "الملك سلمان بن عبدالعزيز";
  private static final String CROWN_PRINCE = "ولي العهد";

  private static Entity entity(EntityType type, int start, int end, String key, String source) {
    return entity(type, start, end, key, key, source);
  }

  /** An entity whose match form is {@code normalized} and key {@code key}. */
  private static Entity entity(EntityType type, int start, int end, String normalized, String key, String source) {
    return new Entity(type, start, end, "x", normalized, key, source, 0.9, 0);
  }

  @Test
  void links_anAliasOverATitleVotesForTheTitlesKey_oncePerArticle() {
    List<Entity> entities = List.of(
        entity(EntityType.TITLE, 0, 21, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 22, 46, SALMAN, "pattern"),
        entity(EntityType.TITLE, 100, 121, "خادم الحرمين", KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 100, 121, "خادم الحرمين", SALMAN, "alias"),
        entity(EntityType.TITLE, 300, 321, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 300, 321, KING_TITLE, SALMAN, "alias"));
    assertEquals(List.of(Map.entry(KING_TITLE, SALMAN)), Aliases.links(entities));
  }

  @Test
  void links_anAliasElsewhereVotesForTheNameAsWritten() {
    List<Entity> entities = List.of(
        entity(EntityType.PER, 0, 30, "سلمان بن عبدالعزيز ال سعود", "سلمان بن عبد العزيز ال سعود", "pattern"),
        entity(EntityType.PER, 200, 218, "سلمان بن عبدالعزيز", "سلمان بن عبد العزيز ال سعود", "alias"),
        entity(EntityType.PER, 400, 406, "بوريطه", "ناصر بوريطه", "alias"));
    assertEquals(List.of(Map.entry("بوريطه", "ناصر بوريطه"),
        Map.entry("سلمان بن عبدالعزيز", "سلمان بن عبد العزيز ال سعود")), Aliases.links(entities));
  }

  @Test
  void links_needTheAliasSource_andAKeyOtherThanTheNameItself() {
    assertEquals(List.of(), Aliases.links(List.of(
        entity(EntityType.TITLE, 50, 71, KING_TITLE, "gazetteer"),
        entity(EntityType.PER, 50, 71, SALMAN, "pattern"),
        entity(EntityType.PER, 80, 90, "كارتر", "كارتر", "alias"),
        entity(EntityType.PER, 95, 99, "كيري", null, "alias"))));
  }

  @Test
  void holder_needsFourFifthsOfTheVotes() {
    List<AliasVote> votes = List.of(new AliasVote(SALMAN, "2015-07-22", 8), new AliasVote("اخر", "2015-07-22", 2));
    assertEquals(SALMAN, Aliases.resolve(votes, "2015-07-23", 30));
    assertEquals(SALMAN, Aliases.resolve(votes, null, 30));
    // 7 of 10 is a majority, not enough to merge two people's events.
    assertNull(Aliases.resolve(List.of(new AliasVote(SALMAN, "2015-07-22", 7), new AliasVote("اخر", "2015-07-22", 3)),
        "2015-07-22", 30));
  }

  @Test
  void holder_needsThreeLinkingArticles() {
    assertNull(Aliases.resolve(List.of(new AliasVote(SALMAN, "2015-07-22", 2)), "2015-07-22", 30));
    assertEquals(SALMAN, Aliases.resolve(List.of(new AliasVote(SALMAN, "2015-07-21", 2),
        new AliasVote(SALMAN, "2015-07-22", 1)), "2015-07-22", 30));
  }

  @Test
  void holder_aTitleSharedBySeveralPeopleStaysUnresolved() {
    assertNull(Aliases.resolve(List.of(new AliasVote("ا", "2015-07-22", 4), new AliasVote("ب", "2015-07-22", 4)),
        "2015-07-22", 30));
    // «وزير الخارجية» of three countries.
    assertNull(Aliases.resolve(List.of(new AliasVote("عادل الجبير", "2015-07-22", 4),
        new AliasVote("سيرغي لافروف", "2015-07-22", 3), new AliasVote("جون كيري", "2015-07-22", 2)),
        "2015-07-22", 30));
  }

  @Test
  void holder_countsOnlyVotesNearTheEventDay_soAHolderChangeIsFollowed() {
    // The crown prince changed on 2015-04-29: مقرن before, محمد بن نايف after.
    List<AliasVote> votes = List.of(
        new AliasVote("الامير مقرن بن عبدالعزيز", "2015-03-10", 9),
        new AliasVote("الامير مقرن بن عبدالعزيز", "2015-04-20", 3),
        new AliasVote("الامير محمد بن نايف", "2015-05-15", 2),
        new AliasVote("الامير محمد بن نايف", "2015-07-22", 6));
    assertEquals("الامير محمد بن نايف", Aliases.resolve(votes, "2015-07-22", 30));
    assertEquals("الامير مقرن بن عبدالعزيز", Aliases.resolve(votes, "2015-03-15", 30));
    // A month covers its first to its last day: March 2015 only sees مقرن.
    assertEquals("الامير مقرن بن عبدالعزيز", Aliases.resolve(votes, "2015-03", 0));
    // With every vote counted, مقرن's 12 to محمد بن نايف's 8 is no clear holder: the window is what tells them apart.
    assertNull(Aliases.resolve(votes, null, 30));
  }

  @Test
  void holder_undatedVotesAlwaysCount_andNoVotesMeansNoHolder() {
    assertEquals(CROWN_PRINCE, Aliases.resolve(List.of(new AliasVote(CROWN_PRINCE, null, 3)), "2020-01-01", 0));
    assertNull(Aliases.resolve(List.of(), "2015-07-22", 30));
  }
}
