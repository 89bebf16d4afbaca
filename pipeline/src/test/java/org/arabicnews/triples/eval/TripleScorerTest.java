package org.arabicnews.triples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicnews.triples.relations.Relation;
import org.junit.jupiter.api.Test;

class TripleScorerTest {
  private static final String URI = "/data/testdata/pages/001-x.txt";
  private static final List<TripleScorer.ArticleRef> RUN = List.of(new TripleScorer.ArticleRef(URI, null, 0));

  private static TripleGold.Argument arg(String key, String... tokens) {
    return new TripleGold.Argument(List.of(tokens), key);
  }

  private static TripleGold.GoldTriple gold(Relation r, TripleGold.Argument s, TripleGold.Argument o) {
    return new TripleGold.GoldTriple(r, s, o, "positive", "asserted", List.of(), null, null, null, false);
  }

  private static PredictedTriple predicted(String relation, String subject, String subjectKey, String object,
      String objectKey, double confidence) {
    return new PredictedTriple(URI, null, 0, relation, subject, subjectKey, object, objectKey, null, confidence, "positive",
        "asserted", null, "test", "");
  }

  private static TripleReport score(List<TripleGold.GoldTriple> gold, PredictedTriple... predicted) {
    return TripleScorer.score(List.of(new TripleGold.Article("testdata/pages/001-x.txt", 0, gold)), List.of(predicted), RUN, null);
  }

  @Test
  void argumentsMatchByKeyOrByAGoldTokenInsideTheSpan() {
    assertTrue(TripleScorer.argument(arg("RU", "روسيا"), "الروسي", "RU"));
    assertTrue(TripleScorer.argument(arg(null, "بوريطة"), "ناصر بوريطه", null), "match-normalized, ة = ه");
    assertTrue(TripleScorer.argument(arg(null, "سعودية"), "السعودية", null), "a token inside a word");
    assertTrue(TripleScorer.argument(arg(null, "وزير الشؤون الخارجية"), "وزير الشؤون الخارجية والتعاون", null));
    assertFalse(TripleScorer.argument(arg(null, "لافروف"), "بوريطة", null));
    assertFalse(TripleScorer.argument(arg("RU", "روسيا"), "المغرب", "MA"));
  }

  @Test
  void directionIsStrictExceptForSymmetricAndUnorderedTriples() {
    TripleGold.GoldTriple call = gold(Relation.PHONE_CALL, arg(null, "ماكرون"), arg(null, "السيسي"));
    assertEquals(1, score(List.of(call), predicted("phone_call", "ماكرون", null, "السيسي", null, 0.9))
        .relation("phone_call").tp);
    assertEquals(0, score(List.of(call), predicted("phone_call", "السيسي", null, "ماكرون", null, 0.9))
        .relation("phone_call").tp);
    TripleGold.GoldTriple unordered = new TripleGold.GoldTriple(Relation.PHONE_CALL, arg(null, "ماكرون"), arg(null, "السيسي"),
        null, null, List.of(), null, null, null, true);
    assertEquals(1, score(List.of(unordered), predicted("phone_call", "السيسي", null, "ماكرون", null, 0.9))
        .relation("phone_call").tp);
    TripleGold.GoldTriple talks = gold(Relation.HOLD_TALKS, arg(null, "بوريطة"), arg(null, "لافروف"));
    assertEquals(1, score(List.of(talks), predicted("hold_talks", "لافروف", null, "بوريطة", null, 0.9))
        .relation("hold_talks").tp);
  }

  @Test
  void polarityMustAgree() {
    TripleGold.GoldTriple denied = new TripleGold.GoldTriple(Relation.MEET, arg(null, "بوريطة"), arg(null, "لافروف"), "negative",
        "asserted", List.of(), null, "لم يلتق", null, false);
    TripleReport report = score(List.of(denied), predicted("meet", "بوريطة", null, "لافروف", null, 0.9));
    assertEquals(0, report.relation("meet").tp);
    assertEquals(1, report.relation("meet").fp);
    assertEquals(1, report.relation("meet").fn);
  }

  @Test
  void restatementsAreSetAside_distinctPredictionsCountOnce() {
    TripleGold.GoldTriple talks = gold(Relation.HOLD_TALKS, arg(null, "بوريطة"), arg(null, "لافروف"));
    TripleReport report = score(List.of(talks),
        predicted("hold_talks", "ناصر بوريطة", null, "سيرغي لافروف", null, 0.9),
        predicted("hold_talks", "بوريطة", null, "لافروف", null, 0.7),
        predicted("hold_talks", "ناصر بوريطة", null, "سيرغي لافروف", null, 0.5),
        predicted("hold_talks", "بوريطة", null, "الوزير", null, 0.6));
    TripleReport.Counts c = report.relation("hold_talks");
    assertEquals(1, c.tp);
    assertEquals(1, c.fp);
    assertEquals(0, c.fn);
    assertEquals(1, report.duplicates);
    assertEquals(0.5, c.precision(), 1e-9);
  }

  @Test
  void onlyListedArticlesAreScored_anEmptyGoldArticleCountsItsPredictionsWrong() {
    PredictedTriple elsewhere = new PredictedTriple("/data/other.txt", null, 0, "meet", "أ", null, "ب", null, null, 0.9,
        "positive", "asserted", null, "test", "");
    TripleReport report = TripleScorer.score(List.of(new TripleGold.Article("testdata/pages/001-x.txt", 0, List.of())),
        List.of(elsewhere, predicted("meet", "أ", null, "ب", null, 0.9)), RUN, null);
    assertEquals(1, report.relation("meet").fp);
    assertEquals(1, report.scored.size());
  }

  @Test
  void goldDocIdsNameArticlesByRecordIdOrPath() {
    assertTrue(PredictedTriple.docMatches("snn-0630cae6a269", "/x/saudinewsnet.jsonl", "snn-0630cae6a269"));
    assertTrue(PredictedTriple.docMatches("testdata/exports/a.jsonl#tn-0001", "/r/testdata/exports/a.jsonl", "tn-0001"));
    assertFalse(PredictedTriple.docMatches("testdata/exports/a.jsonl#tn-0001", "/r/testdata/exports/a.jsonl", "tn-0002"));
    assertTrue(PredictedTriple.docMatches("seeds/000_x.txt", "/w/shared/seeds/000_x.txt", null));
    assertFalse(PredictedTriple.docMatches("seeds/000_x.txt", "/w/shared/seeds/1000_x.txt", null));
  }

  @Test
  void cameoOfAGoldEvent() {
    TripleGold.GoldTriple negotiations = new TripleGold.GoldTriple(Relation.HOLD_TALKS, arg(null, "أ"), arg(null, "ب"), null,
        null, List.of(), null, "مفاوضات", null, false);
    assertEquals("046", TripleReport.goldCameo(negotiations));
    assertEquals("041", TripleReport.goldCameo(gold(Relation.PHONE_CALL, arg(null, "أ"), arg(null, "ب"))));
    assertEquals(null, TripleReport.goldCameo(gold(Relation.HOLDS_TITLE, arg(null, "أ"), arg(null, "ب"))));
  }

  @Test
  void reliabilityTableAndAttributes() {
    TripleGold.GoldTriple talks = new TripleGold.GoldTriple(Relation.HOLD_TALKS, arg(null, "بوريطة"), arg(null, "لافروف"),
        "positive", "asserted", List.of("موسكو"), null, "مباحثات", "040", false);
    PredictedTriple right = new PredictedTriple(URI, null, 0, "hold_talks", "بوريطة", null, "لافروف", null, "040", 0.9,
        "positive", "reported", "موسكو", "test", "");
    TripleReport report = score(List.of(talks), right, predicted("meet", "أ", null, "ب", null, 0.85));
    assertEquals(List.of(2, 1).toString(), List.of(report.atLeast(0.8)[0], report.atLeast(0.8)[1]).toString());
    assertEquals(1, report.location.agreed);
    assertEquals(0, report.modality.agreed);
    assertEquals(1, report.cameo.agreed);
    String markdown = report.toMarkdown();
    assertTrue(markdown.contains("| hold_talks | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |"), markdown);
    assertTrue(markdown.contains("| **≥ 0.8** | 2 | 1 | 0.500 |"), markdown);
  }
}
