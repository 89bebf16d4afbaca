package org.arabicnews.triples.pipeline;

import java.util.List;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.schema.Article;

/** Article rows for transform tests. */
final class Articles {
  private Articles() {}

  static Article of(String locator, String text) {
    return Article.newBuilder()
        .setArticleId(StableId.of("/t/p.txt", locator, 0))
        .setInputUri("/t/p.txt")
        .setLocator(locator)
        .setRecordId(null)
        .setSegment(0)
        .setSegmentKind("main")
        .setParentArticleId(null)
        .setTitle(null)
        .setSourceName(null)
        .setUrl(null)
        .setPublished(null)
        .setKeywords(List.of())
        .setRelatedHeadlines(List.of())
        .setText(text)
        .setTextNormalized(null)
        .setCharCount(text.length())
        .setArabicRatio(1f)
        .setFlags(List.of())
        .build();
  }
}
