package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.CoderUtils;
import org.arabicnews.triples.schema.Article;
import org.junit.jupiter.api.Test;

class RecordCodersTest {
  @Test
  void everyPipelineEncodesTheRecordsWithTheirAvroSchema() throws CannotProvideCoderException {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    for (Class<?> record : RecordCoders.RECORDS) {
      assertInstanceOf(AvroCoder.class, pipeline.getCoderRegistry().getCoder(record), record.getSimpleName());
    }
  }

  @Test
  void anArticleSurvivesTheCoder() throws Exception {
    Article article = Article.newBuilder(Articles.of("page-1", "استقبل خادم الحرمين الشريفين الرئيس الأسبق."))
        .setDuplicateOf("abc").build();
    Coder<Article> coder = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry().getCoder(Article.class);
    assertEquals(article, CoderUtils.clone(coder, article));
  }
}
