package org.arabicnews.triples.ingest;

import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.text.ArabicChars;

/**
 * Turns an input record into its article rows: segments the body with a {@link PageSegmenter}, links embedded
 * segments to the main one, and fills ids, the Arabic share and the flags. A record with no article text left
 * once furniture is removed is rejected as {@code no_article}.
 */
public final class RecordSplitter {
  /** Flag of an article with text but not one Arabic letter. */
  public static final String FLAG_NO_ARABIC = "no_arabic";

  private final PageSegmenter segmenter;

  public RecordSplitter(PageSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The record's articles, main first; empty when the record holds no article text. */
  public List<ArticleDraft> split(InputRecord record) {
    List<Segment> segments = segmenter.segment(record.body(), record.title());
    boolean anyText = false;
    for (Segment s : segments) {
      anyText |= !s.text().isBlank();
    }
    if (!anyText) {
      return List.of();
    }
    List<ArticleDraft> articles = new ArrayList<>(segments.size());
    String mainId = StableId.of(record.inputUri(), record.locator(), 0);
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      float ratio = arabicRatio(s.text());
      List<String> flags = new ArrayList<>(record.flags());
      if (ratio == 0f && !s.text().isBlank()) {
        flags.add(FLAG_NO_ARABIC);
      }
      articles.add(new ArticleDraft(
          i == 0 ? mainId : StableId.of(record.inputUri(), record.locator(), i),
          record.inputUri(),
          record.locator(),
          record.recordId(),
          i,
          s.kind(),
          i == 0 ? null : mainId,
          s.title(),
          s.sourceName() != null ? s.sourceName() : record.sourceName(),
          i == 0 ? record.url() : null,
          record.published(),
          s.dateline(),
          s.agency(),
          s.keywords(),
          s.relatedHeadlines(),
          s.text(),
          ratio,
          flags));
    }
    return articles;
  }

  /** Share of the letters in {@code text} that are Arabic script; 0 when it has no letters. */
  public static float arabicRatio(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (ArabicChars.isArabicLetter(cp)) {
          arabic++;
        }
      }
      i += Character.charCount(cp);
    }
    return letters == 0 ? 0f : (float) arabic / letters;
  }
}
