package org.arabicnews.triples.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.arabicnews.triples.events.DuplicateEvaluation;
import org.arabicnews.triples.events.Fingerprinter;
import org.arabicnews.triples.events.Shingles;
import org.arabicnews.triples.pipeline.ParquetTables;

/**
 * Scores a run's duplicate marks (articles.duplicate_of) against exact Jaccard similarity over all pairs of the
 * articles compared for near duplicates.
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.DedupEval out [threshold]
 * </pre>
 */
public final class DedupEval {
  private DedupEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: DedupEval <output dir of a run> [threshold, default 0.8]");
      System.exit(2);
    }
    double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.8;
    Schema columns = SchemaBuilder.record("Article").fields().requiredString("article_id")
        .requiredString("segment_kind").requiredString("text").optionalString("duplicate_of").endRecord();
    Map<String, long[]> shingles = new HashMap<>();
    Map<String, String> clusterOf = new HashMap<>();
    ParquetTables.read(args[0], "articles", columns, row -> {
      List<String> words = Shingles.words(row.get("text").toString());
      if (Fingerprinter.comparedForNearDuplicates(row.get("segment_kind").toString(), words.size())) {
        String id = row.get("article_id").toString();
        shingles.put(id, Shingles.of(words));
        Object duplicateOf = row.get("duplicate_of");
        clusterOf.put(id, duplicateOf != null ? duplicateOf.toString() : id);
      }
    });
    long started = System.nanoTime();
    DuplicateEvaluation.Result result = DuplicateEvaluation.evaluate(shingles, clusterOf, threshold);
    System.out.println(result);
    System.out.printf("(exact all-pairs comparison took %.1f s)%n", (System.nanoTime() - started) / 1e9);
  }
}
