package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;
import org.arabicnews.triples.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTablesTest {
  @TempDir Path out;

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @Test
  void everyTableIsWrittenAsZstdParquet_withTheFixedShardCount_evenWhenEmpty() throws Exception {
    Article article = Article.newBuilder(Articles.of("p1", "نص"))
        .setKeywords(List.of("وسم أول", "وسم ثان")).build();
    PCollectionTuple.of(WriteTables.ARTICLES, pipeline.apply("Articles", Create.of(article)))
        .and(WriteTables.ENTITIES, pipeline.apply("Entities", Create.empty(AvroCoder.of(Entity.class))))
        .and(WriteTables.TRIPLES, pipeline.apply("Triples", Create.empty(AvroCoder.of(Triple.class))))
        .and(WriteTables.RELATIONS, pipeline.apply("Relations", Create.empty(AvroCoder.of(Relation.class))))
        .and(WriteTables.DEAD_LETTERS, pipeline.apply("DeadLetters", Create.empty(AvroCoder.of(DeadLetter.class))))
        .apply(new WriteTables(out.toString(), 3, 1 << 20));
    pipeline.run().waitUntilFinish();
    WriteTables.completeShards(out.toString(), 3);

    String articles = DuckDb.table(out, "articles");
    assertEquals(List.of(List.of("p1", "نص", List.of("وسم أول", "وسم ثان"))),
        DuckDb.query("select locator, text, keywords from " + articles));
    for (String table : List.of("articles", "entities", "triples", "relations", "dead_letters")) {
      assertEquals(3L, DuckDb.count("select count(*) from glob('" + out.resolve(table) + "/part-*-of-00003.parquet')"),
          table);
    }
    assertEquals(List.of(List.of("ZSTD")),
        DuckDb.query("select distinct compression from parquet_metadata('" + out.resolve("articles") + "/*.parquet')"));
    assertEquals(0L, DuckDb.count("select count(*) from " + DuckDb.table(out, "dead_letters")));
    assertEquals(List.of(List.of("reason", "VARCHAR")), DuckDb.query(
        "select column_name, column_type from (describe select * from " + DuckDb.table(out, "dead_letters")
            + ") where column_name = 'reason'"));
  }

  @Test
  void rowGroupsAreFlushedAtTheGivenSize_andEveryRowIsKept() throws Exception {
    int rows = 40_000;
    List<DeadLetter> letters = IntStream.range(0, rows)
        .mapToObj(i -> DeadLetter.newBuilder().setInputUri("file-" + i).setLocator("line " + i).setStage("Stage")
            .setReason(Reason.INTERNAL_ERROR.code()).setMessage("رسالة رقم " + i * 7919L % 100_003)
            .setExcerpt("مقتطف " + Integer.toHexString(i * 31)).build())
        .collect(Collectors.toList());
    PCollectionTuple.of(WriteTables.ARTICLES, pipeline.apply("Articles", Create.empty(AvroCoder.of(Article.class))))
        .and(WriteTables.ENTITIES, pipeline.apply("Entities", Create.empty(AvroCoder.of(Entity.class))))
        .and(WriteTables.TRIPLES, pipeline.apply("Triples", Create.empty(AvroCoder.of(Triple.class))))
        .and(WriteTables.RELATIONS, pipeline.apply("Relations", Create.empty(AvroCoder.of(Relation.class))))
        .and(WriteTables.DEAD_LETTERS, pipeline.apply("DeadLetters", Create.of(letters)))
        .apply(new WriteTables(out.toString(), 1, 64 << 10));
    pipeline.run().waitUntilFinish();

    String files = "parquet_metadata('" + out.resolve("dead_letters") + "/*.parquet')";
    long groups = DuckDb.count("select count(distinct row_group_id) from " + files);
    assertTrue(groups > 1, groups + " row group(s)");
    assertTrue(DuckDb.count("select max(row_group_bytes) from (select sum(total_compressed_size) row_group_bytes "
        + "from " + files + " group by row_group_id)") < 2 * (64 << 10));
    assertEquals(rows, DuckDb.count("select count(distinct locator) from " + DuckDb.table(out, "dead_letters")));
  }
}
