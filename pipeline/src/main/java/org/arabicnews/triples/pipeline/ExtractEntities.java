package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.text.RecentAnalysis;

/**
 * Finds the entity mentions of each article ({@link EntityRecognizer}; docs/entities.md), counting them in
 * total and by type. The recognizer, its gazetteers and its model are built once per worker; the text's
 * analysis is left for ExtractTriples to reuse when the runner fuses the two ({@link RecentAnalysis}).
 */
public final class ExtractEntities
    extends PTransform<PCollection<Article>, WithFailures.Result<PCollection<AnnotatedArticle>, DeadLetter>> {
  static final String STAGE = "ExtractEntities";

  @Override
  public WithFailures.Result<PCollection<AnnotatedArticle>, DeadLetter> expand(PCollection<Article> articles) {
    TupleTag<AnnotatedArticle> annotated = new TupleTag<>() {};
    PCollectionTuple out = articles.apply("Recognize",
        ParDo.of(new RecognizeFn(annotated)).withOutputTags(annotated, TupleTagList.of(DeadLetters.TAG)));
    return WithFailures.Result.of(out.get(annotated), out.get(DeadLetters.TAG));
  }

  static final class RecognizeFn extends DoFn<Article, AnnotatedArticle> {
    private final TupleTag<AnnotatedArticle> annotatedTag;
    private final Counter entities = Metrics.counter(STAGE, "entities");
    private final Distribution perArticle = Metrics.distribution(STAGE, "entities_per_article");
    private final Map<EntityType, Counter> byType = new EnumMap<>(EntityType.class);
    private transient EntityRecognizer recognizer;

    RecognizeFn(TupleTag<AnnotatedArticle> annotatedTag) {
      this.annotatedTag = annotatedTag;
      for (EntityType type : EntityType.values()) {
        byType.put(type, Metrics.counter(STAGE, "entities_" + type));
      }
    }

    @Setup
    public void setup() {
      recognizer = new EntityRecognizer();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      List<Entity> found;
      try {
        found = recognizer.recognize(RecentAnalysis.of(article.getText()));
      } catch (RuntimeException e) {
        DeadLetters.emit(out, STAGE, article.getInputUri(), article.getArticleId(), Reason.INTERNAL_ERROR,
            "Entity recognition failed: " + e, article.getText());
        return;
      }
      List<org.arabicnews.triples.schema.Entity> rows = new ArrayList<>(found.size());
      for (Entity e : found) {
        rows.add(Rows.entity(article.getArticleId(), e));
        byType.get(e.type()).inc();
      }
      entities.inc(rows.size());
      perArticle.update(rows.size());
      out.get(annotatedTag).output(Rows.annotated(article, rows));
    }
  }
}
