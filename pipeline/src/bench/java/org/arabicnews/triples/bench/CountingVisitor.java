package org.arabicnews.triples.bench;

import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.pipeline.IngestLoop;

/** Counts the records, articles and dead letters {@link IngestLoop} hands over; {@link #onArticle} adds work. */
class CountingVisitor implements IngestLoop.Visitor {
  long records;
  long articles;
  long deadLetters;

  @Override
  public void record(InputRecord record) {
    records++;
  }

  @Override
  public void article(ArticleDraft article) {
    articles++;
    onArticle(article);
  }

  @Override
  public void deadLetter(String stage, String inputUri, String locator, Reason reason, String message) {
    deadLetters++;
  }

  void onArticle(ArticleDraft article) {}
}
