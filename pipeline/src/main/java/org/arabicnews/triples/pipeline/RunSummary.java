package org.arabicnews.triples.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run did, written to {@code <output>/run-summary.json}: counters per stage, dead letters per stage
 * and reason, and the conservation check (every input record is in an article or in dead_letters).
 */
final class RunSummary {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  final String version;
  final String runner;
  final String state;
  final String input;
  final String output;
  final long startedMillis;
  final long durationMillis;
  final RunMetrics metrics;

  RunSummary(String version, String runner, String state, String input, String output, long startedMillis,
      long durationMillis, RunMetrics metrics) {
    this.version = version;
    this.runner = runner;
    this.state = state;
    this.input = input;
    this.output = output;
    this.startedMillis = startedMillis;
    this.durationMillis = durationMillis;
    this.metrics = metrics;
  }

  boolean succeeded() {
    return "DONE".equals(state);
  }

  long counter(String stage, String name) {
    return metrics.counter(stage, name);
  }

  /** Input records: every record read, and every file or line rejected while reading. */
  long inputRecords() {
    return counter(ReadDumps.STAGE, "records") + counter(ReadDumps.STAGE, "rejected_records");
  }

  /** Input records accounted for: those that gave articles and those rejected by ReadDumps or SplitPages. */
  long accountedRecords() {
    return counter(SplitPages.STAGE, "records_with_articles") + counter(SplitPages.STAGE, "rejected_records")
        + counter(ReadDumps.STAGE, "rejected_records");
  }

  String toJson() throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", version);
    json.put("runner", runner);
    json.put("state", state);
    json.put("input", input);
    json.put("output", output);
    json.put("started", Instant.ofEpochMilli(startedMillis).toString());
    json.put("duration_ms", durationMillis);
    Map<String, Object> conservation = new LinkedHashMap<>();
    conservation.put("input_records", inputRecords());
    conservation.put("records_with_articles", counter(SplitPages.STAGE, "records_with_articles"));
    conservation.put("records_dead_lettered",
        counter(ReadDumps.STAGE, "rejected_records") + counter(SplitPages.STAGE, "rejected_records"));
    conservation.put("holds", inputRecords() == accountedRecords());
    json.put("conservation", conservation);
    json.put("dead_letters_by_reason", metrics.deadLettersByReason());
    json.put("counters", metrics.counters());
    json.put("distributions", metrics.distributions());
    return JSON.writeValueAsString(json);
  }

  String oneLine() {
    return String.format("%s in %.1f s on %s: %d input records, %d articles (%d duplicates), %d entities, "
            + "%d triples, %d relations, %d dead letters; tables in %s",
        state, durationMillis / 1000.0, runner, inputRecords(), counter(SplitPages.STAGE, "articles"),
        counter(DeduplicateArticles.STAGE, "duplicates"), counter(ExtractEntities.STAGE, "entities"),
        counter(ExtractTriples.STAGE, "triples"), counter(AggregateRelations.STAGE, "relations"),
        metrics.deadLetters(), output);
  }
}
