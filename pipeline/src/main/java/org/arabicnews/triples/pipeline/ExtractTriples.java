package org.arabicnews.triples.pipeline;

import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.relations.RelationExtractor;
import org.arabicnews.triples.relations.Triple;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.RecentAnalysis;

/**
 * Extracts relation triples from each article and its entities, on the text analysis ExtractEntities made when
 * the runner fused the two ({@link RecentAnalysis}), or a new one.
 */
public final class ExtractTriples extends PTransform<PCollection<AnnotatedArticle>,
    WithFailures.Result<PCollection<org.arabicnews.triples.schema.Triple>, DeadLetter>> {
  static final String STAGE = "ExtractTriples";

  @Override
  public WithFailures.Result<PCollection<org.arabicnews.triples.schema.Triple>, DeadLetter> expand(
      PCollection<AnnotatedArticle> articles) {
    TupleTag<org.arabicnews.triples.schema.Triple> triples = new TupleTag<>() {};
    PCollectionTuple out = articles.apply("Extract",
        ParDo.of(new ExtractFn(triples)).withOutputTags(triples, TupleTagList.of(DeadLetters.TAG)));
    return WithFailures.Result.of(out.get(triples), out.get(DeadLetters.TAG));
  }

  static final class ExtractFn extends DoFn<AnnotatedArticle, org.arabicnews.triples.schema.Triple> {
    private final TupleTag<org.arabicnews.triples.schema.Triple> triplesTag;
    private final Counter triples = Metrics.counter(STAGE, "triples");
    private final Distribution perArticle = Metrics.distribution(STAGE, "triples_per_article");
    private transient RelationExtractor extractor;

    ExtractFn(TupleTag<org.arabicnews.triples.schema.Triple> triplesTag) {
      this.triplesTag = triplesTag;
    }

    @Setup
    public void setup() {
      extractor = new RelationExtractor();
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      AnalyzedText text;
      List<Triple> found;
      try {
        text = RecentAnalysis.of(article.getText());
        found = extractor.extract(text, Rows.entities(article.getEntities()),
            RelationExtractor.publishedDate(article.getPublished()));
      } catch (RuntimeException e) {
        DeadLetters.emit(out, STAGE, article.getInputUri(), article.getArticleId(), Reason.INTERNAL_ERROR,
            "Relation extraction failed: " + e, article.getText());
        return;
      }
      perArticle.update(found.size());
      for (Triple t : found) {
        triples.inc();
        Metrics.counter(STAGE, "triples." + t.relation().label()).inc();
        out.get(triplesTag).output(Rows.triple(article.getArticleId(), article.getText(),
            text.sentences().get(t.sentenceIndex()), t, RelationExtractor.VERSION));
      }
    }
  }
}
