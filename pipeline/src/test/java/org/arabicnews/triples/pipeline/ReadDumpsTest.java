package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadDumpsTest {
  /** Made in a static context, so the DoFn that holds it does not capture the test instance. */
  private static final TupleTag<SourceRecord> RECORDS = new TupleTag<>() {};

  @TempDir Path dir;

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private ArabicNewsTriplesOptions options(String input) {
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setInput(input);
    return options;
  }

  private static PCollection<String> describeRecords(WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read) {
    return read.output().apply("Describe records", MapElements.into(TypeDescriptors.strings())
        .via(r -> Path.of(r.getInputUri()).getFileName() + "|" + r.getLocator() + "|" + r.getFormat() + "|"
            + r.getBody()));
  }

  private static PCollection<String> describeFailures(WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read) {
    return read.failures().apply("Describe failures", MapElements.into(TypeDescriptors.strings())
        .via(d -> Path.of(d.getInputUri()).getFileName() + "|" + d.getLocator() + "|" + d.getStage() + "|"
            + d.getReason()));
  }

  @Test
  void readsPagesJsonLinesAndCsv_gzipAndBzip2_andRoutesBadRecordsToDeadLetters() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "خبر أول.\n\nالمصدر: وكالة");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.txt.gz")))) {
      gz.write("خبر مضغوط.".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("c.jsonl"), "{\"content\":\"سطر أول\"}\n{\"content\": oops}\n{\"title\":\"بلا نص\"}\n");
    Files.writeString(dir.resolve("d.txt"), "");
    try (OutputStream bz = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(
        Files.newOutputStream(dir.resolve("f.jsonl.bz2")))) {
      bz.write("{\"content\":\"سطر مضغوط ببزيب\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("e.csv"), "id,content\nr1,\"صف، أول\"\nr2,\"مكسور\" هنا\n");

    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read =
        pipeline.apply(ReadDumps.from(options(dir.resolve("*") + "," + dir.resolve("nothing-here-*.txt"))));

    PAssert.that(describeRecords(read)).containsInAnyOrder(
        "a.txt|page|text|خبر أول.\n\nالمصدر: وكالة",
        "b.txt.gz|page|text|خبر مضغوط.",
        "c.jsonl|line:1|jsonl|سطر أول",
        "e.csv|row:2|csv|صف، أول",
        "f.jsonl.bz2|line:1|jsonl|سطر مضغوط ببزيب");
    PAssert.that(describeFailures(read)).containsInAnyOrder(
        "c.jsonl|line:2|ReadDumps|malformed_json",
        "c.jsonl|line:3|ReadDumps|missing_text",
        "d.txt|page|ReadDumps|empty_record",
        "e.csv|row:3|ReadDumps|malformed_csv",
        "nothing-here-*.txt|pattern|ReadDumps|no_match");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDirectoryStandsForEveryFileUnderIt_hiddenOnesExcepted() throws IOException {
    Files.createDirectories(dir.resolve("dump/2026/11"));
    Files.writeString(dir.resolve("dump/top.txt"), "خبر في الأعلى.");
    Files.writeString(dir.resolve("dump/2026/11/deep.txt"), "خبر في العمق.");
    Files.writeString(dir.resolve("dump/_SUCCESS"), "");
    Files.writeString(dir.resolve("dump/.top.txt.crc"), "crc");

    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options(dir.resolve("dump").toString())));

    PAssert.that(describeRecords(read)).containsInAnyOrder("top.txt|page|text|خبر في الأعلى.", "deep.txt|page|text|خبر في العمق.");
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFileThatSeveralPatternsName_isReadOnce() throws IOException {
    Files.createDirectories(dir.resolve("dump"));
    Files.writeString(dir.resolve("dump/a.txt"), "خبر أول.");
    Files.writeString(dir.resolve("dump/b.jsonl"), "{\"content\":\"سطر أول\"}\n");

    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options(
        dir.resolve("dump") + "," + dir.resolve("dump/*.txt") + "," + dir.resolve("dump/a.txt"))));

    PAssert.that(describeRecords(read)).containsInAnyOrder("a.txt|page|text|خبر أول.", "b.jsonl|line:1|jsonl|سطر أول");
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLargeJsonLinesFile_isReadInSlices_withExactLineNumbers() throws IOException {
    Path big = dir.resolve("big.jsonl");
    int lines = 1_000;
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= lines; i++) {
        w.write(i == 901 ? "{\"content\": broken}\n" : "{\"id\":\"" + i + "\",\"content\":\"خبر رقم " + i + " "
            + "ن".repeat(20) + "\"}\r\n");
      }
    }
    ArabicNewsTriplesOptions options = options(big.toString());
    options.setBytesPerSplit(16L << 10);
    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options));

    PAssert.thatSingleton(read.output().apply(Count.globally())).isEqualTo((long) lines - 1);
    PAssert.that(read.output()
            .apply(Filter.by(r -> !r.getLocator().equals("line:" + r.getRecordId())))
            .apply("Misnumbered", MapElements.into(TypeDescriptors.strings()).via(SourceRecord::getLocator)))
        .empty();
    PAssert.that(describeFailures(read)).containsInAnyOrder("big.jsonl|line:901|ReadDumps|malformed_json");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void manySmallFilesAreReadInBatches_noneLost() throws IOException {
    for (int i = 0; i < 120; i++) {
      Files.writeString(dir.resolve(String.format("p%03d.txt", i)), "خبر رقم " + i + ".");
    }
    ArabicNewsTriplesOptions options = options(dir.resolve("*.txt").toString());
    options.setFilesPerBatch(7);
    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options));

    PAssert.thatSingleton(read.output().apply(Count.globally())).isEqualTo(120L);
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFileGoneBetweenMatchAndRead_isUnreadable_andTheRestOfItsBatchIsRead() throws IOException {
    Path kept = dir.resolve("kept.txt");
    Files.writeString(kept, "خبر باق.");
    ReadDumps read = ReadDumps.from(options(kept.toString()));
    PCollectionTuple out = pipeline
        .apply(Create.of(List.of(List.of(ReadTask.whole(dir.resolve("gone.txt").toString()),
            ReadTask.whole(kept.toString())))).withCoder(ReadDumps.BATCH_CODER))
        .apply(ParDo.of(read.readFn(RECORDS)).withOutputTags(RECORDS, TupleTagList.of(DeadLetters.TAG)));

    PAssert.that(out.get(RECORDS).apply("Bodies", MapElements.into(TypeDescriptors.strings()).via(SourceRecord::getBody)))
        .containsInAnyOrder("خبر باق.");
    PAssert.that(out.get(DeadLetters.TAG).apply("Failures", MapElements.into(TypeDescriptors.strings())
            .via(d -> Path.of(d.getInputUri()).getFileName() + "|" + d.getLocator() + "|" + d.getReason())))
        .containsInAnyOrder("gone.txt|file|file_unreadable");
    pipeline.run().waitUntilFinish();
  }
}
