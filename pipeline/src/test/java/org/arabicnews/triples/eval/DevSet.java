package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.relations.RelationExtractor;
import org.arabicnews.triples.relations.Triple;
import org.arabicnews.triples.testing.GoldDocs;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;

/**
 * Scores the core (text → entities → triples, as ExtractEntities and ExtractTriples run it) on the articles of
 * gold files, without running the job: the floor tests use it; the figures in docs come from the job and the
 * evaluate command.
 */
final class DevSet {
  private DevSet() {}

  static TripleReport score(List<Path> goldFiles, PetrarchBaseline baseline) throws IOException {
    EntityRecognizer recognizer = new EntityRecognizer();
    RelationExtractor extractor = new RelationExtractor();
    GoldDocs docs = new GoldDocs();
    List<TripleGold.Article> gold = new ArrayList<>();
    List<PredictedTriple> predicted = new ArrayList<>();
    List<TripleScorer.ArticleRef> run = new ArrayList<>();
    for (Path file : goldFiles) {
      for (TripleGold.Article article : TripleGold.read(file)) {
        gold.add(article);
        GoldDocs.Doc doc = docs.doc(article.doc());
        ArticleDraft segment = doc.segments().get(article.segment());
        run.add(new TripleScorer.ArticleRef(doc.inputUri(), doc.recordId(), article.segment()));
        AnalyzedText text = AnalyzedText.of(segment.text());
        List<Triple> triples = extractor.extract(text, recognizer.recognize(text),
            RelationExtractor.publishedDate(doc.published()));
        for (Triple t : triples) {
          Sentence s = text.sentences().get(t.sentenceIndex());
          predicted.add(new PredictedTriple(doc.inputUri(), doc.recordId(), article.segment(), t.relation().label(),
              t.subject().surface(), t.subject().canonicalKey(), t.object().surface(), t.object().canonicalKey(),
              t.cameoCode(), t.confidence(), t.polarity().label(), t.modality().label(), t.location(), t.rule(),
              text.text().substring(s.start(), s.end())));
        }
      }
    }
    return TripleScorer.score(gold, predicted, run, baseline);
  }
}
