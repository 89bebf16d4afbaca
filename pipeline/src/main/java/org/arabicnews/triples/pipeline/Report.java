package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.arabicnews.triples.events.EventKey;
import org.arabicnews.triples.events.TopEvents;

/**
 * The {@code report} command: what a finished run found, read from its tables. Prints the duplicate counts and the
 * most reported events ({@link TopEvents}).
 *
 * <pre>
 * java -jar pipeline/target/arabic-news-triples.jar report --output=out --top=20
 * </pre>
 */
public final class Report {
  private static final Schema RELATION_COLUMNS = SchemaBuilder.record("Relation").fields()
      .requiredString("relation_id").requiredString("subject_label").requiredString("relation")
      .requiredString("object_label").optionalString("event_day").requiredLong("num_mentions")
      .requiredLong("num_articles").requiredLong("num_sources").requiredFloat("confidence").endRecord();
  private static final Schema ARTICLE_COLUMNS = SchemaBuilder.record("Article").fields()
      .optionalString("duplicate_of").endRecord();

  private Report() {}

  /** Exit codes as the job's: 2 for bad options or a folder without tables. */
  public static void main(String[] args) {
    PipelineOptionsFactory.register(ReportOptions.class);
    try {
      ReportOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ReportOptions.class);
      if (options.getTop() < 1) {
        throw new IllegalArgumentException("--top=" + options.getTop() + " is too small; it must be at least 1.");
      }
      FileSystems.setDefaultPipelineOptions(options);
      print(options.getOutput(), options.getTop(), System.out);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("arabic-news-triples report: " + e.getMessage());
      System.exit(2);
    }
  }

  static void print(String output, int top, PrintStream out) throws IOException {
    AtomicLong articles = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    ParquetTables.read(output, "articles", ARTICLE_COLUMNS, row -> {
      articles.incrementAndGet();
      if (row.get("duplicate_of") != null) {
        duplicates.incrementAndGet();
      }
    });
    TopEvents events = new TopEvents(top);
    AtomicLong rows = new AtomicLong();
    AtomicLong facts = new AtomicLong();
    ParquetTables.read(output, "relations", RELATION_COLUMNS, row -> {
      rows.incrementAndGet();
      String relation = string(row, "relation");
      if (EventKey.isFact(relation)) {
        facts.incrementAndGet();
      }
      events.offer(new TopEvents.Event(string(row, "relation_id"), string(row, "event_day"),
          string(row, "subject_label"), relation, string(row, "object_label"), (Long) row.get("num_sources"),
          (Long) row.get("num_articles"), (Long) row.get("num_mentions"), (Float) row.get("confidence")));
    });
    out.printf("%s: %d articles, %d of them duplicates of another; %d relations rows (%d events, %d facts)%n",
        output, articles.get(), duplicates.get(), rows.get(), rows.get() - facts.get(), facts.get());
    out.printf("The %d most reported events (by outlets, then articles, then mentions):%n", events.ranked().size());
    out.print(events.table());
  }

  private static String string(GenericRecord row, String field) {
    Object value = row.get(field);
    return value == null ? null : value.toString();
  }
}
