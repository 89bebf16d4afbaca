package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private static final List<String> TABLES = List.of("articles", "entities", "triples", "dead_letters");

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

    // testdata: 23 pages; 6 JSON lines, one of them cut off mid-record; 4 CSV rows; 3 zstd-compressed JSON lines.
    long inputRecords = 23 + 6 + 4 + 3;
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
  void flinkAndSparkWriteTheSameRowCountsAsDirect() {
    List<Long> direct = rowCounts(runOn(out.resolve("direct")));
    assertTrue(direct.get(0) > 0 && direct.get(2) > 0, direct.toString());
    assertEquals(direct, rowCounts(runOn(out.resolve("flink"), "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--parallelism=2")), "FlinkRunner");
    assertEquals(direct, rowCounts(runOn(out.resolve("spark"), "--runner=SparkRunner", "--sparkMaster=local[2]")),
        "SparkRunner");
  }

  private static Path runOn(Path output, String... runnerArgs) {
    RunSummary summary = runJob(output, testdataInput(), runnerArgs);
    assertTrue(summary.succeeded(), summary.oneLine());
    return output;
  }
}
