package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.fs.MatchResult;
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
import org.arabicnews.triples.ingest.FileSlice;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.RecordReaders;
import org.arabicnews.triples.ingest.RecordSink;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;

/**
 * Reads the input files into records: one per page for text input, one per line for JSON Lines, one per row
 * for CSV.
 *
 * <p>Patterns are expanded in a DoFn (not {@code FileIO.match}, whose per-file reshuffle bookkeeping dominated
 * DirectRunner runs over many small files) and the files handed to readers in batches of many small files, so
 * per-element costs are paid per batch. An uncompressed JSON Lines file larger than {@code --bytesPerSplit} is
 * cut into line-aligned slices at match time, each read by its own element: no element emits more than about
 * a slice's worth of records, and Flink or Spark read the slices of one big file in parallel. The records read are
 * then spread at random over the workers (SpreadRecords), so that the costly stages after this one run on all
 * of them even when the input is a single file or slice.
 */
public final class ReadDumps extends PTransform<PBegin, WithFailures.Result<PCollection<SourceRecord>, DeadLetter>> {
  static final String STAGE = "ReadDumps";

  private final List<String> patterns;
  private final InputFormat format;
  private final FieldMapping jsonFields;
  private final FieldMapping csvFields;
  private final int maxChars;
  private final int filesPerBatch;
  private final long bytesPerSplit;
  /** Keys of SpreadRecords ({@link KeyedShuffles#reshuffleBuckets}), or null for a fresh key per record. */
  private final Integer recordBuckets;

  private ReadDumps(List<String> patterns, InputFormat format, FieldMapping jsonFields, FieldMapping csvFields,
      int maxChars, int filesPerBatch, long bytesPerSplit, Integer recordBuckets) {
    this.patterns = patterns;
    this.format = format;
    this.jsonFields = jsonFields;
    this.csvFields = csvFields;
    this.maxChars = maxChars;
    this.filesPerBatch = filesPerBatch;
    this.bytesPerSplit = bytesPerSplit;
    this.recordBuckets = recordBuckets;
  }

  public static ReadDumps from(ArabicNewsTriplesOptions options) {
    return new ReadDumps(
        Inputs.patterns(options.getInput()),
        InputFormat.parse(options.getInputFormat()),
        FieldMapping.parse(options.getJsonFields()),
        FieldMapping.parse(options.getCsvFields(), "csvFields"),
        options.getMaxArticleChars(),
        options.getFilesPerBatch(),
        options.getBytesPerSplit(),
        KeyedShuffles.forRunner(options).reshuffleBuckets());
  }

  @Override
  public WithFailures.Result<PCollection<SourceRecord>, DeadLetter> expand(PBegin input) {
    TupleTag<List<ReadTask>> batchesTag = new TupleTag<>() {};
    PCollectionTuple matched = input
        .apply("Patterns", Create.of(List.of(patterns)).withCoder(PATTERNS_CODER))
        .apply("MatchFiles", ParDo.of(matchFn(batchesTag))
            .withOutputTags(batchesTag, TupleTagList.of(DeadLetters.TAG)));
    TupleTag<SourceRecord> recordsTag = new TupleTag<>() {};
    PCollectionTuple read = matched.get(batchesTag)
        .setCoder(BATCH_CODER)
        .apply("SpreadBatches", Reshuffle.viaRandomKey())
        .apply("ReadFiles", ParDo.of(readFn(recordsTag)).withOutputTags(recordsTag, TupleTagList.of(DeadLetters.TAG)));
    PCollection<SourceRecord> records = read.get(recordsTag)
        .apply("SpreadRecords", Reshuffle.<SourceRecord>viaRandomKey().withNumBuckets(recordBuckets));
    PCollection<DeadLetter> failures = PCollectionList.of(matched.get(DeadLetters.TAG))
        .and(read.get(DeadLetters.TAG))
        .apply("CollectFailures", Flatten.pCollections());
    return WithFailures.Result.of(records, failures);
  }

  static final ListCoder<String> PATTERNS_CODER = ListCoder.of(StringUtf8Coder.of());
  static final ListCoder<ReadTask> BATCH_CODER = ListCoder.of(SerializableCoder.of(ReadTask.class));

  MatchInBatchesFn matchFn(TupleTag<List<ReadTask>> batchesTag) {
    return new MatchInBatchesFn(format, filesPerBatch, BATCH_BYTES, bytesPerSplit, batchesTag);
  }

  ReadFilesFn readFn(TupleTag<SourceRecord> recordsTag) {
    return new ReadFilesFn(format, jsonFields, csvFields, maxChars, recordsTag);
  }

  /** Bytes of small files read per batch, beside the file count. */
  static final long BATCH_BYTES = 64L << 20;

  /**
   * Expands the patterns, all in one element so that a file two of them name is read once, and groups the files
   * into batches of at most {@code maxFiles} files or about {@code maxBytes}; a large splittable file becomes one
   * batch per slice.
   */
  static final class MatchInBatchesFn extends DoFn<List<String>, List<ReadTask>> {
    private final InputFormat format;
    private final int maxFiles;
    private final long maxBytes;
    private final long bytesPerSplit;
    private final TupleTag<List<ReadTask>> batchesTag;
    private final Counter files = Metrics.counter(STAGE, "files");
    private final Counter splitFiles = Metrics.counter(STAGE, "split_files");
    private final Counter slices = Metrics.counter(STAGE, "slices");

    MatchInBatchesFn(InputFormat format, int maxFiles, long maxBytes, long bytesPerSplit,
        TupleTag<List<ReadTask>> batchesTag) {
      this.format = format;
      this.maxFiles = maxFiles;
      this.maxBytes = maxBytes;
      this.bytesPerSplit = bytesPerSplit;
      this.batchesTag = batchesTag;
    }

    @ProcessElement
    public void process(@Element List<String> patterns, MultiOutputReceiver out) {
      List<MatchResult.Metadata> found = Inputs.expandAll(patterns, (pattern, why) ->
          DeadLetters.emit(out, STAGE, pattern, "pattern", Reason.NO_MATCH, why, pattern));
      List<ReadTask> batch = new ArrayList<>();
      long bytes = 0;
      for (MatchResult.Metadata file : found) {
        files.inc();
        String uri = file.resourceId().toString();
        List<FileSlice> parts = DumpFiles.slices(file, format, bytesPerSplit);
        if (parts.size() > 1) {
          splitFiles.inc();
          slices.inc(parts.size());
          for (FileSlice part : parts) {
            out.get(batchesTag).output(List.of(new ReadTask(uri, part)));
          }
          continue;
        }
        if (!batch.isEmpty() && (batch.size() >= maxFiles || bytes + file.sizeBytes() > maxBytes)) {
          out.get(batchesTag).output(batch);
          batch = new ArrayList<>();
          bytes = 0;
        }
        batch.add(ReadTask.whole(uri));
        bytes += file.sizeBytes();
      }
      if (!batch.isEmpty()) {
        out.get(batchesTag).output(batch);
      }
    }
  }

  /** Reads each file or slice of a batch with the reader of its format. */
  static final class ReadFilesFn extends DoFn<List<ReadTask>, SourceRecord> {
    private final InputFormat format;
    private final FieldMapping jsonFields;
    private final FieldMapping csvFields;
    private final int maxChars;
    private final TupleTag<SourceRecord> recordsTag;
    private final Counter records = Metrics.counter(STAGE, "records");
    private final Counter rejected = Metrics.counter(STAGE, "rejected_records");
    private transient RecordReaders readers;

    ReadFilesFn(InputFormat format, FieldMapping jsonFields, FieldMapping csvFields, int maxChars,
        TupleTag<SourceRecord> recordsTag) {
      this.format = format;
      this.jsonFields = jsonFields;
      this.csvFields = csvFields;
      this.maxChars = maxChars;
      this.recordsTag = recordsTag;
    }

    @Setup
    public void setup() {
      readers = new RecordReaders(jsonFields, csvFields, maxChars);
    }

    @ProcessElement
    public void process(@Element List<ReadTask> batch, MultiOutputReceiver out) {
      for (ReadTask task : batch) {
        DumpFiles.read(task, format, readers, new RecordSink() {
          @Override
          public void accept(InputRecord record) {
            records.inc();
            out.get(recordsTag).output(Rows.sourceRecord(record));
          }

          @Override
          public void reject(String locator, Reason reason, String message, String excerpt) {
            rejected.inc();
            DeadLetters.emit(out, STAGE, task.uri(), locator, reason, message, excerpt);
          }
        });
      }
    }
  }
}
