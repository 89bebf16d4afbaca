package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.ingest.FieldMapping;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.RecordReaders;
import org.arabicnews.triples.ingest.RecordSink;
import org.arabicnews.triples.ingest.RecordSplitter;

/**
 * ReadDumps and SplitPages as a plain single-threaded loop, without a runner: the same pattern expansion, file
 * opening, readers and segmenter the job's DoFns call, in the same order of checks. Tools that report on a
 * dump ({@link IngestReport}) and benchmarks that compare the job with the bare work use it.
 */
public final class IngestLoop {
  /** What the loop hands over; every method has a default that ignores it. */
  public interface Visitor {
    /** A matched file, before it is read. */
    default void file(String uri, long sizeBytes) {}

    /** A record read from a file. */
    default void record(InputRecord record) {}

    /** An article cut out of a record. */
    default void article(ArticleDraft article) {}

    /** A record, file or pattern rejected by a stage, as the job writes it to dead_letters. */
    default void deadLetter(String stage, String inputUri, String locator, Reason reason, String message) {}
  }

  private IngestLoop() {}

  /** Reads every input of {@code options} and splits it, handing each outcome to {@code visitor}. */
  public static void run(ArabicNewsTriplesOptions options, Visitor visitor) throws IOException {
    Options.validate(options);
    FileSystems.setDefaultPipelineOptions(options);
    InputFormat format = InputFormat.parse(options.getInputFormat());
    RecordReaders readers = new RecordReaders(FieldMapping.parse(options.getJsonFields()),
        FieldMapping.parse(options.getCsvFields(), "csvFields"), options.getMaxArticleChars());
    SplitPages stage = SplitPages.from(options);
    RecordSplitter splitter = new RecordSplitter(new PageSegmenter(stage.rules()));
    List<MatchResult.Metadata> files = Inputs.expandAll(Inputs.patterns(options.getInput()), (pattern, why) ->
        visitor.deadLetter(ReadDumps.STAGE, pattern, "pattern", Reason.NO_MATCH, why));
    for (MatchResult.Metadata file : files) {
      String uri = file.resourceId().toString();
      visitor.file(uri, file.sizeBytes());
      DumpFiles.read(ReadTask.whole(uri), format, readers, new RecordSink() {
        @Override
        public void accept(InputRecord record) {
          visitor.record(record);
          List<ArticleDraft> articles;
          try {
            articles = splitter.split(record);
          } catch (RuntimeException e) {
            visitor.deadLetter(SplitPages.STAGE, uri, record.locator(), Reason.INTERNAL_ERROR,
                "Segmentation failed: " + e);
            return;
          }
          if (articles.isEmpty()) {
            visitor.deadLetter(SplitPages.STAGE, uri, record.locator(), Reason.NO_ARTICLE, "No article text is left.");
          }
          articles.forEach(visitor::article);
        }

        @Override
        public void reject(String locator, Reason reason, String message, String excerpt) {
          visitor.deadLetter(ReadDumps.STAGE, uri, locator, reason, message);
        }
      });
    }
  }
}
