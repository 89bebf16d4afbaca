package org.arabicnews.triples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;

/**
 * Single-thread throughput of entity recognition (gazetteers, patterns, name tagger, aliases) over the
 * SaudiNewsNet sample, in tokens per second of wall-clock time and of the thread's CPU time (which stays
 * meaningful on a machine shared with other work). Text analysis is done before the clock starts.
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
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= rounds; round++) {
      long entities = 0;
      long started = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      for (AnalyzedText text : articles) {
        entities += recognizer.recognize(text).size();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
      System.out.printf("%s %d: %d articles, %d tokens, %d entities in %.2f s (%.2f s CPU): %.0f tokens/s, "
          + "%.0f tokens per CPU-second, %.0f articles per CPU-second%n", round == 0 ? "warm-up" : "round", round,
          articles.size(), tokens, entities, seconds, cpuSeconds, tokens / seconds, tokens / cpuSeconds,
          articles.size() / cpuSeconds);
    }
  }
}
