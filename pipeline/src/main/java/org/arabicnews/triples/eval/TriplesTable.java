package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads a run's triples and articles tables (the Parquet the job wrote) for scoring. */
public final class TriplesTable {
  private final List<PredictedTriple> triples;
  private final List<TripleScorer.ArticleRef> articles;

  private TriplesTable(List<PredictedTriple> triples, List<TripleScorer.ArticleRef> articles) {
    this.triples = triples;
    this.articles = articles;
  }

  /** An entity mention of the run, with its article, for the reach figure (is a gold argument a mention?). */
  public record Mention(TripleScorer.ArticleRef article, String surface, String key) {}

  /** Reads {@code output}/triples and {@code output}/articles. */
  public static TriplesTable read(Path output) throws IOException {
    Map<String, GenericRecord> articles = new HashMap<>();
    List<TripleScorer.ArticleRef> refs = new ArrayList<>();
    for (GenericRecord a : records(output.resolve("articles"))) {
      articles.put(string(a, "article_id"), a);
      refs.add(new TripleScorer.ArticleRef(string(a, "input_uri"), string(a, "record_id"), (Integer) a.get("segment")));
    }
    List<PredictedTriple> triples = new ArrayList<>();
    for (GenericRecord t : records(output.resolve("triples"))) {
      GenericRecord a = articles.get(string(t, "article_id"));
      if (a == null) {
        throw new IllegalArgumentException("triple " + string(t, "triple_id") + " names article "
            + string(t, "article_id") + ", which is not in " + output.resolve("articles"));
      }
      triples.add(new PredictedTriple(string(a, "input_uri"), string(a, "record_id"), (Integer) a.get("segment"),
          string(t, "relation"), string(t, "subject"), string(t, "subject_key"), string(t, "object"),
          string(t, "object_key"), string(t, "cameo_code"), ((Number) t.get("confidence")).doubleValue(),
          string(t, "polarity"), string(t, "modality"), string(t, "location"), string(t, "rule"),
          string(t, "sentence")));
    }
    return new TriplesTable(triples, refs);
  }

  /** The run's entity mentions ({@code output}/entities), each with its article; empty when there is no table. */
  public static List<Mention> mentions(Path output) throws IOException {
    if (!Files.isDirectory(output.resolve("entities"))) {
      return List.of();
    }
    Map<String, TripleScorer.ArticleRef> refs = new HashMap<>();
    for (GenericRecord a : records(output.resolve("articles"))) {
      refs.put(string(a, "article_id"), new TripleScorer.ArticleRef(string(a, "input_uri"), string(a, "record_id"),
          (Integer) a.get("segment")));
    }
    List<Mention> mentions = new ArrayList<>();
    for (GenericRecord e : records(output.resolve("entities"))) {
      TripleScorer.ArticleRef ref = refs.get(string(e, "article_id"));
      if (ref != null) {
        mentions.add(new Mention(ref, string(e, "surface"), string(e, "canonical_key")));
      }
    }
    return mentions;
  }

  public List<PredictedTriple> triples() {
    return triples;
  }

  public List<TripleScorer.ArticleRef> articles() {
    return articles;
  }

  private static List<GenericRecord> records(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no table folder " + folder + " (is --output the job's output folder?)");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    Configuration conf = new Configuration();
    List<GenericRecord> records = new ArrayList<>();
    for (Path file : files) {
      try (ParquetReader<GenericRecord> reader = AvroParquetReader
          .<GenericRecord>builder(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))
          .build()) {
        GenericRecord r;
        while ((r = reader.read()) != null) {
          records.add(r);
        }
      }
    }
    return records;
  }

  private static String string(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }
}
