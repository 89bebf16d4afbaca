package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadDumpsTest {
  @TempDir Path dir;

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @Test
  void readsPagesCompressedPagesAndJsonLines_andRoutesBadRecordsToDeadLetters() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "خبر أول.\n\nالمصدر: وكالة");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.txt.gz")))) {
      gz.write("خبر مضغوط.".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("c.jsonl"), "{\"content\":\"سطر أول\"}\n{\"content\": oops}\n{\"title\":\"بلا نص\"}\n");
    Files.writeString(dir.resolve("d.txt"), "");

    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setInput(dir.resolve("*") + "," + dir.resolve("nothing-here-*.txt"));
    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options));

    PAssert.that(read.output().apply("Describe records", MapElements.into(TypeDescriptors.strings())
            .via(r -> Path.of(r.getInputUri()).getFileName() + "|" + r.getLocator() + "|" + r.getFormat() + "|"
                + r.getBody())))
        .containsInAnyOrder(
            "a.txt|page|text|خبر أول.\n\nالمصدر: وكالة",
            "b.txt.gz|page|text|خبر مضغوط.",
            "c.jsonl|line:1|jsonl|سطر أول");
    PAssert.that(read.failures().apply("Describe failures", MapElements.into(TypeDescriptors.strings())
            .via(d -> Path.of(d.getInputUri()).getFileName() + "|" + d.getLocator() + "|" + d.getStage() + "|"
                + d.getReason())))
        .containsInAnyOrder(
            "c.jsonl|line:2|ReadDumps|malformed_json",
            "c.jsonl|line:3|ReadDumps|missing_text",
            "d.txt|page|ReadDumps|empty_record",
            "nothing-here-*.txt|pattern|ReadDumps|no_match");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void manySmallFilesAreReadInBatches_noneLost() throws IOException {
    for (int i = 0; i < 120; i++) {
      Files.writeString(dir.resolve(String.format("p%03d.txt", i)), "خبر رقم " + i + ".");
    }
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setInput(dir.resolve("*.txt").toString());
    options.setFilesPerBatch(7);
    WithFailures.Result<PCollection<SourceRecord>, DeadLetter> read = pipeline.apply(ReadDumps.from(options));

    PAssert.thatSingleton(read.output().apply(org.apache.beam.sdk.transforms.Count.globally())).isEqualTo(120L);
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }
}
