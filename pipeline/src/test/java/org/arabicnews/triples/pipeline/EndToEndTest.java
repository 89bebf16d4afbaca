package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.arabicnews.triples.testing.DuckDb;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole job on testdata on each runner and reads every table back with DuckDB. */
class EndToEndTest {
  private static final List<String> TABLES = List.of("articles", "entities", "triples", "relations", "dead_letters");

  @TempDir Path out;

  static RunSummary runJob(Path output, String input, String... runnerArgs) {
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
    args.addAll(List.of(runnerArgs));
    PipelineOptionsFactory.register(ArabicNewsTriplesOptions.class);
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
        .withValidation().as(ArabicNewsTriplesOptions.class);
    return JobRun.execute(options);
  }

  private static String testdataInput() {
    return Paths.testdata("pages") + "/*," + Paths.testdata("exports") + "/*";
  }

  private static List<Long> rowCounts(Path output) {
    List<Long> counts = new ArrayList<>();
    for (String table : TABLES) {
      counts.add(DuckDb.count("select count(*) from " + DuckDb.table(output, table)));
    }
    return counts;
  }

  @Test
  void directRunner_writesEveryTable_conservesRecords_andFindsTheTestdataTriples() throws Exception {
    RunSummary summary = runJob(out, testdataInput());

    assertTrue(summary.succeeded());
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    String json = Files.readString(out.resolve("run-summary.json"));
    assertTrue(json.contains("\"holds\" : true"), json);
    assertDistributionsAgreeWithTheTables(out);

    // testdata: 23 pages; 6 JSON lines, one of them cut off mid-record; 4 CSV rows; 3 zstd-compressed JSON lines;
    // 4 wire-copy lines.
    long inputRecords = 23 + 6 + 4 + 3 + 4;
    long recordsWithArticles = DuckDb.count("select count(distinct (input_uri, locator)) from "
        + DuckDb.table(out, "articles"));
    long deadLetters = DuckDb.count("select count(*) from " + DuckDb.table(out, "dead_letters"));
    assertEquals(inputRecords, recordsWithArticles + deadLetters);
    assertEquals(List.of(List.of("line:4", "malformed_json")),
        DuckDb.query("select locator, reason from " + DuckDb.table(out, "dead_letters")));

    List<List<Object>> triples = DuckDb.query("select subject, relation, object from " + DuckDb.table(out, "triples"));
    assertTrue(triples.contains(List.of("ناصر بوريطة", "hold_talks", "سيرغي لافروف")), triples.toString());
    assertTrue(triples.contains(List.of("باكستان", "agree", "تونس")), triples.toString());

    // Agencies credited at the start: 18 of the pages (testdata/expected), 2 CSV rows and 2 zstd JSON lines.
    assertEquals(22L, DuckDb.count("select count(*) from " + DuckDb.table(out, "articles") + " where agency is not null"));
    assertEquals(List.of(List.of("row:4", "الدوحة في 4 نوفمبر", "قنا", "csv")), DuckDb.query("select locator, dateline, "
        + "agency, regexp_extract(input_uri, '[^.]+$') from " + DuckDb.table(out, "articles") + " where agency = 'قنا' "
        + "and input_uri like '%exports%'"));

    assertEquals(0L, DuckDb.count("select count(*) from " + DuckDb.table(out, "triples") + " t join "
        + DuckDb.table(out, "articles") + " a using (article_id) where substr(a.text, t.subject_start + 1, "
        + "t.subject_end - t.subject_start) <> t.subject or substr(a.text, t.object_start + 1, "
        + "t.object_end - t.object_start) <> t.object"), "offsets must slice the surfaces out of articles.text");

    // wire-copies: wc-0002 is a near copy of wc-0001 and wc-0003 a re-crawl of it; wc-0004 is its own story.
    assertEquals(List.of(List.of("wc-0001", "-"), List.of("wc-0002", "wc-0001"), List.of("wc-0003", "wc-0001"),
            List.of("wc-0004", "-")),
        DuckDb.query("select a.record_id, coalesce(r.record_id, '-') from " + DuckDb.table(out, "articles")
            + " a left join " + DuckDb.table(out, "articles") + " r on a.duplicate_of = r.article_id"
            + " where a.record_id like 'wc-%' order by 1"));
    // Four mentions of Egypt and Jordan agreeing, in two write-ups, by three outlets; the talks (الجانبين بحثا)
    // only in the first write-up and its two copies, by two outlets.
    assertEquals(List.of(List.of("EG", "agree", "JO", "2026-10-12", 4L, 2L, 3L),
            List.of("EG", "hold_talks", "JO", "2026-10-12", 3L, 1L, 2L)),
        DuckDb.query("select subject_key, relation, object_key, event_day, num_mentions, num_articles, num_sources"
            + " from " + DuckDb.table(out, "relations") + " where subject_key = 'EG' and object_key = 'JO'"
            + " order by relation"));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report.print(out.toString(), 20, new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<String> report = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(report.get(0).contains(" articles, 2 of them duplicates of another"), report.toString());
    assertTrue(report.get(3).matches(" +1  2026-10-12 +3 +2 +4 .*مصر \\| agree \\| الأردن"), report.toString());
  }

  @Test
  void samplePage_yieldsTheTriplesItWasSpecifiedWith() {
    Path seed = Paths.shared("seeds/000_bbd7c266d0fab037.txt");
    assertTrue(runJob(out, seed.toString()).succeeded());
    List<List<Object>> triples = DuckDb.query("select subject, relation, object from " + DuckDb.table(out, "triples"));
    assertTrue(triples.contains(List.of("ناصر بوريطة", "hold_talks", "سيرغي لافروف")), triples.toString());
    assertTrue(triples.contains(List.of("باكستان", "agree", "تونس")), triples.toString());
  }

  @Test
  void flinkAndSparkWriteTheSameRowCountsAsDirect_andTheSameDuplicatesAndRelations() throws IOException {
    Path direct = runOn(out.resolve("direct"));
    List<Long> counts = rowCounts(direct);
    assertTrue(counts.get(0) > 0 && counts.get(2) > 0 && counts.get(3) > 0, counts.toString());
    Path flink = runOn(out.resolve("flink"), "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertEquals(counts, rowCounts(flink), "FlinkRunner");
    Path spark = runOn(out.resolve("spark"), "--runner=SparkRunner", "--sparkMaster=local[2]");
    assertEquals(counts, rowCounts(spark), "SparkRunner");
    for (Path other : List.of(flink, spark)) {
      assertEquals(distributions(direct), distributions(other), "run-summary.json distributions, " + other);
      assertEquals(0L, rowsInOneOnly(direct, other, "relations", "*"), "relations rows, " + other);
      assertEquals(0L, rowsInOneOnly(direct, other, "articles", "article_id, duplicate_of"), "duplicates, " + other);
    }
  }

  /**
   * run-summary.json's distributions against the tables: one value per article row, summing to the char counts,
   * the entity rows and the triple rows, with the same extremes.
   */
  private static void assertDistributionsAgreeWithTheTables(Path out) throws IOException {
    JsonNode d = distributions(out);
    String articles = DuckDb.table(out, "articles");
    String perArticle = "(select a.article_id, count(t.triple_id) as n from " + articles + " a left join "
        + DuckDb.table(out, "triples") + " t using (article_id) group by 1)";
    assertEquals(DuckDb.query("select count(*), sum(char_count)::bigint, min(char_count)::bigint, max(char_count)::bigint from " + articles),
        List.of(summary(d.path(SplitPages.STAGE).path("article_chars"))));
    assertEquals(DuckDb.query("select (select count(*) from " + articles + "), count(*) from "
            + DuckDb.table(out, "entities")),
        List.of(summary(d.path(ExtractEntities.STAGE).path("entities_per_article")).subList(0, 2)));
    assertEquals(DuckDb.query("select count(*), sum(n)::bigint, min(n)::bigint, max(n)::bigint from " + perArticle),
        List.of(summary(d.path(ExtractTriples.STAGE).path("triples_per_article"))));
  }

  private static JsonNode distributions(Path out) throws IOException {
    JsonNode d = new ObjectMapper().readTree(out.resolve(JobRun.SUMMARY_FILE).toFile()).path("distributions");
    assertTrue(d.size() >= 3, d.toString());
    return d;
  }

  private static List<Object> summary(JsonNode distribution) {
    assertTrue(distribution.path("count").asLong() > 0, distribution.toString());
    return List.of(distribution.path("count").asLong(), distribution.path("sum").asLong(),
        distribution.path("min").asLong(), distribution.path("max").asLong());
  }

  /** Rows of a table that one output has and the other has not, both ways (DuckDB EXCEPT). */
  private static long rowsInOneOnly(Path a, Path b, String table, String columns) {
    String left = "select " + columns + " from " + DuckDb.table(a, table);
    String right = "select " + columns + " from " + DuckDb.table(b, table);
    return DuckDb.count("select count(*) from ((" + left + " except " + right + ") union all (" + right + " except "
        + left + "))");
  }

  private static Path runOn(Path output, String... runnerArgs) {
    RunSummary summary = runJob(output, testdataInput(), runnerArgs);
    assertTrue(summary.succeeded(), summary.oneLine());
    return output;
  }
}
