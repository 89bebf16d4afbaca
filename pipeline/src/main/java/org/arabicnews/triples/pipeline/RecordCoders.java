package org.arabicnews.triples.pipeline;

import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.avro.specific.SpecificRecordBase;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.SourceRecord;
import org.arabicnews.triples.schema.Triple;

/**
 * Encodes the job's records with their Avro schemas wherever they cross a runner boundary. Beam would otherwise
 * infer Java serialization for them (Avro's classes are Externalizable), which writes a class description per
 * element: on Flink it took a fifth of the CPU of a run. Registered through {@code META-INF/services}, so every
 * pipeline that has this class on its classpath, tests included, gets the same coders.
 */
public final class RecordCoders implements CoderProviderRegistrar {
  static final Set<Class<? extends SpecificRecordBase>> RECORDS = Set.of(SourceRecord.class, Article.class,
      AnnotatedArticle.class, Entity.class, Triple.class, Relation.class, DeadLetter.class);

  @Override
  public List<CoderProvider> getCoderProviders() {
    return RECORDS.stream().map(RecordCoders::provider).toList();
  }

  private static <T extends SpecificRecordBase> CoderProvider provider(Class<T> record) {
    Coder<T> coder = AvroCoder.specific(record);
    return CoderProviders.forCoder(TypeDescriptor.of(record), coder);
  }
}
