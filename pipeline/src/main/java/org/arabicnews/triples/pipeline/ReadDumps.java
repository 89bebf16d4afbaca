package org.arabicnews.triples.pipeline;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.FieldMapping;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.JsonLinesReader;
import org.arabicnews.triples.ingest.RecordSink;
import org.arabicnews.triples.ingest.TextPageReader;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;

/**
 * Reads the input files into records: one per page for text input, one per line for JSON Lines.
 *
 * <p>Files are matched, then handed to readers in batches of many small files, so runners that keep
 * bookkeeping per element (the DirectRunner) pay it per batch, not per file.
 */
public final class ReadDumps extends PTransform<PBegin, WithFailures.Result<PCollection<SourceRecord>, DeadLetter>> {
  static final String STAGE = "ReadDumps";
  private static final long BATCH_BYTES = 64L << 20;

  private final List<String> patterns;
  private final InputFormat format;
  private final FieldMapping fields;
  private final int maxChars;
  private final int filesPerBatch;

  private ReadDumps(List<String> patterns, InputFormat format, FieldMapping fields, int maxChars, int filesPerBatch) {
    this.patterns = patterns;
    this.format = format;
    this.fields = fields;
    this.maxChars = maxChars;
    this.filesPerBatch = filesPerBatch;
  }

  static ReadDumps from(ArabicNewsTriplesOptions options) {
    return new ReadDumps(
        Inputs.patterns(options.getInput()),
        InputFormat.parse(options.getInputFormat()),
        FieldMapping.parse(options.getJsonFields()),
        options.getMaxArticleChars(),
        options.getFilesPerBatch());
  }

  @Override
  public WithFailures.Result<PCollection<SourceRecord>, DeadLetter> expand(PBegin input) {
    TupleTag<List<String>> batchesTag = new TupleTag<>() {};
    PCollectionTuple matched = input
        .apply("Patterns", Create.of(patterns))
        .apply("MatchFiles", ParDo.of(new MatchInBatchesFn(filesPerBatch, BATCH_BYTES, batchesTag))
            .withOutputTags(batchesTag, TupleTagList.of(DeadLetters.TAG)));
    TupleTag<SourceRecord> recordsTag = new TupleTag<>() {};
    PCollectionTuple read = matched.get(batchesTag)
        .setCoder(ListCoder.of(StringUtf8Coder.of()))
        .apply("SpreadBatches", Reshuffle.viaRandomKey())
        .apply("ReadFiles", ParDo.of(new ReadFilesFn(format, fields, maxChars, recordsTag))
            .withOutputTags(recordsTag, TupleTagList.of(DeadLetters.TAG)));
    PCollection<DeadLetter> failures = PCollectionList.of(matched.get(DeadLetters.TAG))
        .and(read.get(DeadLetters.TAG))
        .apply("CollectFailures", Flatten.pCollections());
    return WithFailures.Result.of(read.get(recordsTag), failures);
  }

  /** Expands each pattern and groups the files into batches of at most {@code maxFiles} files or about {@code maxBytes}. */
  static final class MatchInBatchesFn extends DoFn<String, List<String>> {
    private final int maxFiles;
    private final long maxBytes;
    private final TupleTag<List<String>> batchesTag;
    private final Counter files = Metrics.counter(STAGE, "files");

    MatchInBatchesFn(int maxFiles, long maxBytes, TupleTag<List<String>> batchesTag) {
      this.maxFiles = maxFiles;
      this.maxBytes = maxBytes;
      this.batchesTag = batchesTag;
    }

    @ProcessElement
    public void process(@Element String pattern, MultiOutputReceiver out) throws IOException {
      MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
      List<MatchResult.Metadata> found = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
      if (found.isEmpty()) {
        DeadLetters.emit(out, STAGE, pattern, "pattern", Reason.NO_MATCH,
            "The input pattern matched no file (" + match.status() + ").", pattern);
        return;
      }
      List<String> batch = new ArrayList<>();
      long bytes = 0;
      for (MatchResult.Metadata file : found) {
        if (file.resourceId().isDirectory()) {
          continue;
        }
        files.inc();
        if (!batch.isEmpty() && (batch.size() >= maxFiles || bytes + file.sizeBytes() > maxBytes)) {
          out.get(batchesTag).output(batch);
          batch = new ArrayList<>();
          bytes = 0;
        }
        batch.add(file.resourceId().toString());
        bytes += file.sizeBytes();
      }
      if (!batch.isEmpty()) {
        out.get(batchesTag).output(batch);
      }
    }
  }

  /** Opens each file of a batch, decompresses it by extension and hands it to the reader of its format. */
  static final class ReadFilesFn extends DoFn<List<String>, SourceRecord> {
    private final InputFormat format;
    private final FieldMapping fields;
    private final int maxChars;
    private final TupleTag<SourceRecord> recordsTag;
    private final Counter records = Metrics.counter(STAGE, "records");
    private final Counter rejected = Metrics.counter(STAGE, "rejected_records");
    private transient TextPageReader pages;
    private transient JsonLinesReader lines;

    ReadFilesFn(InputFormat format, FieldMapping fields, int maxChars, TupleTag<SourceRecord> recordsTag) {
      this.format = format;
      this.fields = fields;
      this.maxChars = maxChars;
      this.recordsTag = recordsTag;
    }

    @Setup
    public void setup() {
      pages = new TextPageReader(maxChars);
      lines = new JsonLinesReader(fields, maxChars);
    }

    @ProcessElement
    public void process(@Element List<String> batch, MultiOutputReceiver out) {
      for (String uri : batch) {
        RecordSink sink = new RecordSink() {
          @Override
          public void accept(InputRecord record) {
            records.inc();
            out.get(recordsTag).output(Rows.sourceRecord(record));
          }

          @Override
          public void reject(String locator, Reason reason, String message, String excerpt) {
            rejected.inc();
            DeadLetters.emit(out, STAGE, uri, locator, reason, message, excerpt);
          }
        };
        ResourceId file = FileSystems.matchNewResource(uri, false);
        InputFormat resolved = format.resolve(file.getFilename());
        try (InputStream in = Channels.newInputStream(
            Compression.detect(file.getFilename()).readDecompressed(FileSystems.open(file)))) {
          if (resolved == InputFormat.JSONL) {
            lines.read(in, uri, sink);
          } else {
            pages.read(in, uri, sink);
          }
        } catch (FileNotFoundException e) {
          sink.reject("file", Reason.FILE_UNREADABLE, "The file was matched but is gone: " + e.getMessage(), null);
        } catch (IOException e) {
          sink.reject("file", Reason.FILE_UNREADABLE, "Could not open the file: " + e, null);
        }
      }
    }
  }
}
