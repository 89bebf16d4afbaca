package org.arabicnews.triples.pipeline;

import java.util.EnumSet;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class NormalizeTextTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @Test
  void fillsTextNormalized_keepsText_andHostileTextFailsNothing() {
    String hostile = "\uD800" + "\u0000" + "\u064E".repeat(100_000) + "\u202E";
    WithFailures.Result<PCollection<Article>, DeadLetter> normalized = pipeline
        .apply(Create.of(Articles.of("p1", "العـــربية  الفُصحى"), Articles.of("p2", hostile)))
        .apply(new NormalizeText(ArabicNormalizer.Profile.MATCH));

    PAssert.that(normalized.output().apply(MapElements.into(TypeDescriptors.strings())
            .via(a -> a.getLocator() + "|" + a.getText().length() + "|" + a.getTextNormalized())))
        .containsInAnyOrder("p1|19|العربيه الفصحي", "p2|100003|\uD800\u0000");
    PAssert.that(normalized.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void optionsReachTheNormalizer() {
    WithFailures.Result<PCollection<Article>, DeadLetter> normalized = pipeline
        .apply(Create.of(Articles.of("p1", "مؤتمر رئيس ٢٠١٥")))
        .apply(new NormalizeText(ArabicNormalizer.Profile.MATCH, EnumSet.allOf(ArabicNormalizer.Option.class)));

    PAssert.that(normalized.output().apply(MapElements.into(TypeDescriptors.strings())
            .via(Article::getTextNormalized)))
        .containsInAnyOrder("موتمر رييس 2015");
    PAssert.that(normalized.failures()).empty();
    pipeline.run().waitUntilFinish();
  }
}
