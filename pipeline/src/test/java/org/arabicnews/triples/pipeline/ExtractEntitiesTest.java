package org.arabicnews.triples.pipeline;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.junit.jupiter.api.Test;

class ExtractEntitiesTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @Test
  void entitiesCarryTheirArticleAndOffsets_noFailuresOnOddText() {
    Article p1 = Articles.of("p1", "اتفقت باكستان وتونس على التنسيق.");
    String id = p1.getArticleId();
    WithFailures.Result<PCollection<AnnotatedArticle>, DeadLetter> annotated = pipeline
        .apply(Create.of(p1, Articles.of("p2", "\uDC00\u0000 ،،،")))
        .apply(new ExtractEntities());

    PAssert.that(annotated.output().apply(FlatMapElements.into(TypeDescriptors.strings())
            .via(a -> a.getEntities().stream()
                .map(e -> (a.getArticleId().equals(id) ? "p1" : a.getArticleId()) + "|" + e.getType() + "|" + e.getSurface() + "|"
                    + e.getCanonicalKey() + "|" + e.getStart() + "|" + e.getEnd())
                .toList())))
        .containsInAnyOrder("p1|GPE|باكستان|PK|6|13", "p1|GPE|تونس|TN|15|19");
    PAssert.that(annotated.failures()).empty();
    pipeline.run().waitUntilFinish();
  }
}
