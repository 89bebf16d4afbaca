package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicnews.triples.StableId;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {
  private final RecordSplitter splitter = new RecordSplitter(new PageSegmenter());

  private static InputRecord record(String body, List<String> flags) {
    return new InputRecord("/d/x.jsonl", "line:7", InputFormat.JSONL, "r7", "العنوان", body, "https://example.org/7",
        "2026-11-02", "okaz", flags);
  }

  @Test
  void embeddedSegmentsLinkToTheMainOne_andOnlyTheMainKeepsTheUrl() {
    List<ArticleDraft> articles = splitter.split(record("نص.\n\nاقرأ أيضا\n\nعنوان\n\nنص مضمن.", List.of()));
    String mainId = StableId.of("/d/x.jsonl", "line:7", 0);
    assertEquals(mainId, articles.get(0).articleId());
    assertNull(articles.get(0).parentArticleId());
    assertEquals(StableId.of("/d/x.jsonl", "line:7", 1), articles.get(1).articleId());
    assertEquals(mainId, articles.get(1).parentArticleId());
    assertEquals("https://example.org/7", articles.get(0).url());
    assertNull(articles.get(1).url());
    assertEquals(List.of("okaz", "okaz"), articles.stream().map(ArticleDraft::sourceName).toList());
    assertEquals(List.of("r7", "r7"), articles.stream().map(ArticleDraft::recordId).toList());
  }

  @Test
  void readFlagsCarryOver_andTextWithoutArabicIsFlagged() {
    ArticleDraft a = splitter.split(record("Ministers met in Riyadh.", List.of("invalid_utf8_replaced"))).get(0);
    assertEquals(List.of("invalid_utf8_replaced", "no_arabic"), a.flags());
    assertEquals(0f, a.arabicRatio());
  }

  @Test
  void aRecordOfFurnitureOnly_hasNoArticles() {
    assertTrue(splitter.split(record("طباعة شارك\n\nالمصدر: واس", List.of())).isEmpty());
  }

  @Test
  void arabicRatioCountsArabicLettersAmongAllLetters() {
    assertEquals(1f, RecordSplitter.arabicRatio("خبر 2026."));
    assertEquals(0.5f, RecordSplitter.arabicRatio("ab جد"));
    assertEquals(0f, RecordSplitter.arabicRatio("12 .,"));
  }
}
