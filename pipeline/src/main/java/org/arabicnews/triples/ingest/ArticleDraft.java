package org.arabicnews.triples.ingest;

import java.util.List;

/**
 * One article cut out of an input record, with every column of the articles table that reading and
 * segmentation fill (later stages add the normalized text and the duplicate link).
 */
public record ArticleDraft(
    String articleId,
    String inputUri,
    String locator,
    String recordId,
    int segment,
    String segmentKind,
    String parentArticleId,
    String title,
    String sourceName,
    String url,
    String published,
    String dateline,
    String agency,
    List<String> keywords,
    List<String> relatedHeadlines,
    String text,
    float arabicRatio,
    List<String> flags) {
  public ArticleDraft {
    keywords = List.copyOf(keywords);
    relatedHeadlines = List.copyOf(relatedHeadlines);
    flags = List.copyOf(flags);
  }
}
