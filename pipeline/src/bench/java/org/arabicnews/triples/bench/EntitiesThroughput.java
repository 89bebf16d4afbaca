package org.arabicnews.triples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;

/**
 * Single-thread throughput of entity recognition (gazetteers, patterns, name finder, aliases) over the
 * SaudiNewsNet sample, in tokens per second. Text analysis is done before the clock starts.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.EntitiesThroughput \
 *   [../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl] [rounds=5]
 * </pre>
 */
public final class EntitiesThroughput {
  private EntitiesThroughput() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(
        args.length > 0 ? args[0] : "../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ObjectMapper json = new ObjectMapper();
    List<AnalyzedText> articles = new ArrayList<>();
    long tokens = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        AnalyzedText text = AnalyzedText.of(json.readTree(line).path("content").asText(""));
        articles.add(text);
        for (Sentence s : text.sentences()) {
          tokens += s.tokens().size();
        }
      }
    }
    EntityRecognizer recognizer = new EntityRecognizer();
    for (int round = 0; round <= rounds; round++) {
      long entities = 0;
      long started = System.nanoTime();
      for (AnalyzedText text : articles) {
        entities += recognizer.recognize(text).size();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%s %d: %d articles, %d tokens, %d entities in %.2f s: %.0f tokens/s, %.0f articles/s%n",
          round == 0 ? "warm-up" : "round", round, articles.size(), tokens, entities, seconds, tokens / seconds,
          articles.size() / seconds);
    }
  }
}
