package org.arabicnews.triples.pipeline;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.SourceRecord;
import org.arabicnews.triples.schema.Triple;

/**
 * The job: Arabic news dumps in, articles, entities, relation triples and dead letters out as Parquet.
 *
 * <pre>
 * ReadDumps → SplitPages → NormalizeText → ExtractEntities → ExtractTriples ┐
 *                                        └→ DeduplicateArticles ────────────┴→ AggregateRelations → WriteTables
 * </pre>
 */
public final class ArabicNewsTriples {
  private ArabicNewsTriples() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("report")) {
      Report.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    ArabicNewsTriplesOptions options;
    RunSummary summary;
    try {
      options = options(args);
      summary = JobRun.execute(options);
    } catch (IllegalArgumentException e) {
      System.err.println("arabic-news-triples: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.println(summary.oneLine());
    if (!summary.succeeded()) {
      System.exit(1);
    }
  }

  /** The command line parsed and validated as the launcher does it, with its DirectRunner defaults. */
  public static ArabicNewsTriplesOptions options(String[] args) {
    PipelineOptionsFactory.register(ArabicNewsTriplesOptions.class);
    ArabicNewsTriplesOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(ArabicNewsTriplesOptions.class);
    Options.relaxDirectRunnerChecks(options, args);
    return options;
  }

  /** Adds the job's stages to {@code pipeline}. */
  public static Pipeline build(Pipeline pipeline, ArabicNewsTriplesOptions options) {
    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read =
        pipeline.apply("ReadDumps", ReadDumps.from(options));
    WithFailures.Result<PCollection<Article>, DeadLetter> split =
        read.output().apply("SplitPages", SplitPages.from(options));
    WithFailures.Result<PCollection<Article>, DeadLetter> normalized =
        split.output().apply("NormalizeText",
            new NormalizeText(Options.profile(options), Options.normalizerOptions(options)));
    WithFailures.Result<PCollection<AnnotatedArticle>, DeadLetter> annotated =
        normalized.output().apply("ExtractEntities", new ExtractEntities());
    WithFailures.Result<PCollection<Triple>, DeadLetter> triples =
        annotated.output().apply("ExtractTriples", new ExtractTriples());
    KeyedShuffles shuffles = KeyedShuffles.forRunner(options);
    WithFailures.Result<PCollection<Article>, DeadLetter> deduplicated = normalized.output()
        .apply("DeduplicateArticles", new DeduplicateArticles(options.getDuplicateThreshold(), shuffles));
    WithFailures.Result<PCollection<org.arabicnews.triples.schema.Relation>, DeadLetter> relations =
        PCollectionTuple.of(AggregateRelations.ARTICLES, deduplicated.output())
            .and(AggregateRelations.ANNOTATED, annotated.output())
            .and(AggregateRelations.TRIPLES, triples.output())
            .apply("AggregateRelations", new AggregateRelations(options.getAliasWindowDays(), shuffles));

    PCollection<Entity> entities = annotated.output()
        .apply("EntityRows", FlatMapElements
            .into(TypeDescriptor.of(Entity.class))
            .via(AnnotatedArticle::getEntities));
    PCollection<DeadLetter> deadLetters = PCollectionList.of(read.failures())
        .and(split.failures())
        .and(normalized.failures())
        .and(annotated.failures())
        .and(triples.failures())
        .and(deduplicated.failures())
        .and(relations.failures())
        .apply("CollectDeadLetters", Flatten.pCollections());

    PCollectionTuple.of(WriteTables.ARTICLES, deduplicated.output())
        .and(WriteTables.ENTITIES, entities)
        .and(WriteTables.TRIPLES, triples.output())
        .and(WriteTables.RELATIONS, relations.output())
        .and(WriteTables.DEAD_LETTERS, deadLetters)
        .apply("WriteTables",
            new WriteTables(options.getOutput(), options.getNumShards(), options.getRowGroupMb() << 20));
    return pipeline;
  }

  /** Builds and starts the job; the caller waits on the result. */
  public static PipelineResult run(ArabicNewsTriplesOptions options) {
    return build(Pipeline.create(options), options).run();
  }
}
