package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.SourceRecord;
import org.arabicnews.triples.schema.Triple;
import org.arabicnews.triples.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input in one pipeline run, read back with DuckDB: each input record is in articles or in
 * dead_letters, with the reason its kind calls for. A file is deleted between matching and reading by a step
 * placed between the two, as when a crawler removes a page while the job runs.
 */
class BadInputConservationTest {
  private static final TupleTag<List<ReadTask>> BATCHES = new TupleTag<>() {};
  private static final TupleTag<SourceRecord> RECORDS = new TupleTag<>() {};
  private static final long TWO_HUNDRED_MB = 200L << 20;

  @TempDir Path dir;

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  /** Deletes the file named {@code gone.txt} after it was matched and before it is read. */
  static final class DeleteGoneFileFn extends DoFn<List<ReadTask>, List<ReadTask>> {
    @ProcessElement
    public void process(@Element List<ReadTask> batch, OutputReceiver<List<ReadTask>> out) throws IOException {
      for (ReadTask task : batch) {
        if (task.uri().endsWith("gone.txt")) {
          Files.delete(Path.of(task.uri()));
        }
      }
      out.output(batch);
    }
  }

  @Test
  void everyRecordEndsUpInArticlesOrDeadLetters_withTheRightReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), " \n\t\n  ");
    byte[] binary = new byte[4096];
    new java.util.Random(1).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("image.bin"), binary);
    Files.writeString(in.resolve("nul.txt"), "خبر\0فيه\0أصفار.");
    writeHugeSingleLine(in.resolve("huge.jsonl"));
    Files.writeString(in.resolve("export.jsonl"), String.join("\n",
        "{\"id\":\"1\",\"content\":\"استقبل الوزير نظيره.\"}",
        "{\"id\":\"2\",\"content\": \"سطر مكسور",
        "{\"id\":\"3\",\"title\":\"بلا نص\"}",
        "{\"id\":\"4\",\"content\":{\"p\":\"نص في كائن\"}}",
        "{\"id\":\"5\",\"content\":\"نص سليم.\",\"title\":[\"عنوان في مصفوفة\"]}",
        "",
        "{\"id\":\"7\",\"content\":\"بحث الجانبان التعاون.\"}") + "\n");
    Files.writeString(in.resolve("export.csv"),
        "id,content\nr1,\"نص سليم، بفاصلة.\"\nr2,\"نص\" بعد الاقتباس\nr3,\"اقتباس لا يغلق\nr4,نص\n");
    Path truncatedGz = in.resolve("truncated.jsonl.gz");
    Files.write(truncatedGz, truncated(gzip(jsonLines(2000, 1))));
    Path truncatedZst = in.resolve("truncated.jsonl.zst");
    // Long lines, so the zstd frame has several blocks (of 128 KB of text each) and the first ones decode.
    Files.write(truncatedZst, truncated(zstd(jsonLines(2000, 8))));
    Files.writeString(in.resolve("english.txt"), "DUBAI (Reuters) - Gulf ministers met on Wednesday.");
    Files.writeString(in.resolve("gone.txt"), "خبر سيحذف قبل قراءته.");
    Files.writeString(in.resolve("furniture.txt"), "طباعة شارك\n\nالمصدر: واس");
    Files.writeString(in.resolve("good.txt"), "الرياض - واس:\n\nاستقبل الأمير الوفد الزائر.");
    Files.write(in.resolve("legacy.txt"), "جدة: دشن الأمير المشروع.".getBytes("windows-1256"));
    Files.write(in.resolve("invalid.txt"), concat("خبر ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
        " بايت تالف.".getBytes(StandardCharsets.UTF_8)));

    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setInput(in.resolve("*").toString());
    ReadDumps readDumps = ReadDumps.from(options);
    PCollectionTuple matched = pipeline
        .apply(Create.of(List.of(List.of(in.resolve("*").toString()))).withCoder(ReadDumps.PATTERNS_CODER))
        .apply("MatchFiles", ParDo.of(readDumps.matchFn(BATCHES)).withOutputTags(BATCHES, TupleTagList.of(DeadLetters.TAG)));
    PCollectionTuple read = matched.get(BATCHES).setCoder(ReadDumps.BATCH_CODER)
        .apply("DeleteGoneFile", ParDo.of(new DeleteGoneFileFn())).setCoder(ReadDumps.BATCH_CODER)
        .apply(Reshuffle.viaRandomKey())
        .apply("ReadFiles", ParDo.of(readDumps.readFn(RECORDS)).withOutputTags(RECORDS, TupleTagList.of(DeadLetters.TAG)));
    WithFailures.Result<PCollection<Article>, DeadLetter> split =
        read.get(RECORDS).apply("SplitPages", SplitPages.from(options));
    PCollection<DeadLetter> deadLetters = PCollectionList.of(matched.get(DeadLetters.TAG))
        .and(read.get(DeadLetters.TAG)).and(split.failures()).apply(Flatten.pCollections());
    Path out = dir.resolve("out");
    PCollectionTuple.of(WriteTables.ARTICLES, split.output())
        .and(WriteTables.ENTITIES, pipeline.apply("NoEntities", Create.empty(AvroCoder.of(Entity.class))))
        .and(WriteTables.TRIPLES, pipeline.apply("NoTriples", Create.empty(AvroCoder.of(Triple.class))))
        .and(WriteTables.RELATIONS, pipeline.apply("NoRelations", Create.empty(AvroCoder.of(Relation.class))))
        .and(WriteTables.DEAD_LETTERS, deadLetters)
        .apply(new WriteTables(out.toString(), 1, 1 << 20));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    WriteTables.completeShards(out.toString(), 1);

    String articles = DuckDb.table(out, "articles");
    String dead = DuckDb.table(out, "dead_letters");
    List<List<Object>> reasons = DuckDb.query("select regexp_extract(input_uri, '[^/]+$'), locator, reason from " + dead
        + " where input_uri not like '%truncated%' order by 1, 2");
    assertEquals(List.of(
        List.of("blank.txt", "page", "empty_record"),
        List.of("empty.txt", "page", "empty_record"),
        List.of("export.csv", "row:3", "malformed_csv"),
        List.of("export.csv", "row:4", "malformed_csv"),
        List.of("export.jsonl", "line:2", "malformed_json"),
        List.of("export.jsonl", "line:3", "missing_text"),
        List.of("export.jsonl", "line:4", "wrong_type"),
        List.of("furniture.txt", "page", "no_article"),
        List.of("gone.txt", "file", "file_unreadable"),
        List.of("huge.jsonl", "line:1", "record_too_large"),
        List.of("image.bin", "page", "binary_content"),
        List.of("nul.txt", "page", "binary_content")), reasons);

    // Truncated compressed files: the lines before the damage are articles, then one truncated_input row.
    for (String file : List.of("truncated.jsonl.gz", "truncated.jsonl.zst")) {
      long kept = DuckDb.count("select count(*) from " + articles + " where input_uri like '%" + file + "'");
      assertTrue(kept > 0 && kept < 2000, file + " kept " + kept);
      assertEquals(List.of(List.of("line:" + (kept + 1), "truncated_input")), DuckDb.query(
          "select locator, reason from " + dead + " where input_uri like '%" + file + "'"), file);
    }

    assertEquals(List.of(List.of("english.txt", List.of("no_arabic")), List.of("invalid.txt", List.of("invalid_utf8_replaced")),
        List.of("legacy.txt", List.of("decoded_windows_1256"))), DuckDb.query("select regexp_extract(input_uri, '[^/]+$'), "
        + "flags from " + articles + " where len(flags) > 0 and input_uri not like '%export%' order by 1"));
    assertEquals(List.of(List.of("line:5", List.of("wrong_type:title"))),
        DuckDb.query("select locator, flags from " + articles + " where input_uri like '%export.jsonl' and len(flags) > 0"));

    long recordsWithArticles = DuckDb.count("select count(distinct (input_uri, locator)) from " + articles);
    long deadLetterRows = DuckDb.count("select count(*) from " + dead);
    long truncatedKept = DuckDb.count("select count(*) from " + articles + " where input_uri like '%truncated%'");
    // Records in, file by file: 1 each for the 11 single-record files, 6 JSON lines (the blank one is no
    // record), 3 CSV rows, and per truncated file the lines kept plus the one that was cut.
    long recordsIn = 11 + 6 + 3 + truncatedKept + 2;
    assertEquals(recordsIn, recordsWithArticles + deadLetterRows);

    RunSummary summary = new RunSummary("test", "DirectRunner", "DONE", "", out.toString(), 0, 0,
        RunMetrics.of(result));
    assertEquals(recordsIn, summary.inputRecords());
    assertEquals(summary.inputRecords(), summary.accountedRecords());
    assertEquals(Map.of("binary_content", 2L, "empty_record", 2L, "file_unreadable", 1L, "malformed_csv", 2L,
        "malformed_json", 1L, "missing_text", 1L, "no_article", 1L, "record_too_large", 1L, "truncated_input", 2L,
        "wrong_type", 1L), summary.metrics.deadLettersByReason());
  }

  /** A 200 MB JSON line, written in 1 MB pieces so the test never holds it. */
  private static void writeHugeSingleLine(Path file) throws IOException {
    byte[] piece = "ن".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("{\"content\":\"".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < TWO_HUNDRED_MB; written += piece.length) {
        out.write(piece);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] jsonLines(int n, int sentences) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append("{\"id\":\"").append(i).append("\",\"content\":\"خبر رقم ").append(i)
          .append(" عن لقاء الوزيرين.".repeat(sentences)).append("\"}\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] zstd(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] truncated(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length / 2);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
