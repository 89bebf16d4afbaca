package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;

/**
 * Writes each table as ZSTD-compressed Parquet to {@code <output>/<table>/part-NNNNN-of-MMMMM.parquet}, with
 * a fixed number of files per table (runner-chosen sharding lost rows on Spark after a Flatten). Rows cross
 * the sharding shuffle as {@link CompactRows}. Row groups are flushed at a fixed size: Parquet's default (128 MiB
 * of compressed pages) is held in memory per file being written, and a large run reaches it in every table.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PDone> {
  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  static final TupleTag<Entity> ENTITIES = new TupleTag<>("entities") {};
  static final TupleTag<Triple> TRIPLES = new TupleTag<>("triples") {};
  static final TupleTag<Relation> RELATIONS = new TupleTag<>("relations") {};
  static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>("dead_letters") {};

  /** Every table: its tag, whose id is the folder name, and its schema. */
  static final Map<TupleTag<? extends SpecificRecordBase>, Schema> TABLES = Map.of(
      ARTICLES, Article.getClassSchema(),
      ENTITIES, Entity.getClassSchema(),
      TRIPLES, Triple.getClassSchema(),
      RELATIONS, Relation.getClassSchema(),
      DEAD_LETTERS, DeadLetter.getClassSchema());

  /** Standard three-level Parquet lists, which BigQuery and Spark read as arrays without extra flags. */
  private static final Map<String, String> PARQUET_SETTINGS = Map.of("parquet.avro.write-old-list-structure", "false");
  private static final String PREFIX = "part";
  private static final String SUFFIX = ".parquet";

  private final String outputDir;
  private final int numShards;
  private final int rowGroupBytes;

  WriteTables(String outputDir, int numShards, int rowGroupBytes) {
    this.outputDir = outputDir;
    this.numShards = numShards;
    this.rowGroupBytes = rowGroupBytes;
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    TABLES.forEach((tag, schema) -> write(tables.get(tag), tag.getId(), schema));
    return PDone.in(tables.getPipeline());
  }

  private <T extends SpecificRecordBase> void write(PCollection<T> rows, String table, Schema schema) {
    String schemaJson = schema.toString();
    rows.apply("Compact " + table, MapElements.into(TypeDescriptor.of(byte[].class)).via(CompactRows::encode))
        .apply("Write " + table, FileIO.<byte[]>write()
        .via(Contextful.fn(new Decode(schemaJson)), sink(schema).withRowGroupSize(rowGroupBytes))
        .to(tableDir(outputDir, table).toString())
        .withNaming(FileIO.Write.defaultNaming(PREFIX, SUFFIX))
        .withNumShards(numShards));
  }

  /** Turns a compact row back into a record, in the writer, after the shuffle. */
  private static final class Decode implements SerializableFunction<byte[], GenericRecord> {
    private final String schemaJson;
    private transient Schema schema;

    Decode(String schemaJson) {
      this.schemaJson = schemaJson;
    }

    @Override
    public GenericRecord apply(byte[] compact) {
      if (schema == null) {
        schema = new Schema.Parser().parse(schemaJson);
      }
      return CompactRows.decode(compact, schema);
    }
  }

  private static ParquetIO.Sink sink(Schema schema) {
    return ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.ZSTD).withConfiguration(PARQUET_SETTINGS);
  }

  /**
   * Writes an empty Parquet file, with the table's schema, for every shard the run left without rows, so each
   * table folder always holds exactly {@code numShards} readable files, even a table with no rows at all.
   * Beam's fixed sharding only creates the shards that received rows.
   */
  static void completeShards(String outputDir, int numShards) throws IOException {
    for (Map.Entry<TupleTag<? extends SpecificRecordBase>, Schema> table : TABLES.entrySet()) {
      ResourceId dir = tableDir(outputDir, table.getKey().getId());
      MatchResult existing = FileSystems.match(dir.resolve(PREFIX + "-*" + SUFFIX,
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE).toString(), EmptyMatchTreatment.ALLOW);
      Set<String> present = new HashSet<>();
      for (MatchResult.Metadata file : existing.metadata()) {
        present.add(file.resourceId().getFilename());
      }
      for (int shard = 0; shard < numShards; shard++) {
        String name = String.format("%s-%05d-of-%05d%s", PREFIX, shard, numShards, SUFFIX);
        if (!present.contains(name)) {
          ParquetIO.Sink sink = sink(table.getValue());
          try (WritableByteChannel channel = FileSystems.create(
              dir.resolve(name, ResolveOptions.StandardResolveOptions.RESOLVE_FILE), "application/octet-stream")) {
            sink.open(channel);
            sink.flush();
          }
        }
      }
    }
  }

  /** The folder of a table under the output directory. */
  static ResourceId tableDir(String outputDir, String table) {
    return FileSystems.matchNewResource(outputDir, true)
        .resolve(table, ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
  }
}
