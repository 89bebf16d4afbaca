package org.arabicnews.triples.pipeline;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Triple;
import org.junit.jupiter.api.Test;

class ExtractTriplesTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static Entity gpe(Article a, String surface, String key) {
    int start = a.getText().indexOf(surface);
    return Entity.newBuilder().setEntityId(key).setArticleId(a.getArticleId()).setSentenceIndex(0).setType("GPE")
        .setSurface(surface).setNormalized(surface).setCanonicalKey(key).setStart(start)
        .setEnd(start + surface.length()).setSource("gazetteer").setConfidence(0.9f).build();
  }

  @Test
  void triplesPointIntoTheArticleText_andNoEntitiesMeansNoTriples() {
    Article agreed = Articles.of("p1", "اتفقت باكستان وتونس على التنسيق.");
    Article none = Articles.of("p2", "اتفق المشاركون على موعد.");
    WithFailures.Result<PCollection<Triple>, DeadLetter> triples = pipeline
        .apply(Create.of(
            Rows.annotated(agreed, List.of(gpe(agreed, "باكستان", "PK"), gpe(agreed, "تونس", "TN"))),
            Rows.annotated(none, List.of())))
        .apply(new ExtractTriples());

    PAssert.that(triples.output().apply(MapElements.into(TypeDescriptors.strings())
            .via(t -> t.getSubjectKey() + "|" + t.getRelation() + "|" + t.getObjectKey() + "|" + t.getCameoCode() + "|"
                + t.getPredicate() + "|" + t.getSubjectStart() + "-" + t.getSubjectEnd() + "|" + t.getSentence())))
        .containsInAnyOrder("PK|agree|TN|030|اتفقت|6-13|اتفقت باكستان وتونس على التنسيق.");
    PAssert.that(triples.failures()).empty();
    pipeline.run().waitUntilFinish();
  }
}
