package org.arabicnews.triples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.eval.Documents;
import org.arabicnews.triples.relations.RelationExtractor;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.RecentAnalysis;

/**
 * Single-thread throughput of the text → triples core over the SaudiNewsNet sample (2,089 articles), in articles
 * per second of one core. Each pass processes every article once; the figure is the median of the measured
 * passes after warm-up passes, timed both in wall-clock time and in the thread's CPU time (which stays
 * meaningful on a machine shared with other work).
 *
 * <ul>
 *   <li>{@code core}: analyze the text, recognize entities, extract triples.
 *   <li>{@code job}: what ExtractEntities and ExtractTriples do per article when the runner fuses them: the
 *       second reuses the first's text analysis ({@link RecentAnalysis}) after comparing the texts (the bench
 *       hands it a copy, as a decoded element would be).
 *   <li>{@code relations}: triple extraction alone, on texts analyzed and entities recognized beforehand.
 * </ul>
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.TriplesThroughput [shared dir] [passes]
 * </pre>
 */
public final class TriplesThroughput {
  private static final int WARM_UP_PASSES = 5;

  private TriplesThroughput() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> texts = new ArrayList<>(Documents.saudiNewsNet(shared).values());
    EntityRecognizer recognizer = new EntityRecognizer();
    RelationExtractor extractor = new RelationExtractor();
    List<AnalyzedText> analyzed = new ArrayList<>();
    List<List<Entity>> entities = new ArrayList<>();
    for (String text : texts) {
      AnalyzedText a = AnalyzedText.of(text);
      analyzed.add(a);
      entities.add(recognizer.recognize(a));
    }

    Map<String, ToLongFunction<Integer>> work = new LinkedHashMap<>();
    work.put("core", i -> {
      AnalyzedText a = AnalyzedText.of(texts.get(i));
      return extractor.extract(a, recognizer.recognize(a)).size();
    });
    work.put("job", i -> {
      List<Entity> found = recognizer.recognize(RecentAnalysis.of(texts.get(i)));
      return extractor.extract(RecentAnalysis.of(new String(texts.get(i).toCharArray())), found).size();
    });
    work.put("relations", i -> extractor.extract(analyzed.get(i), entities.get(i)).size());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("SaudiNewsNet: %d articles; one thread; median of %d passes after %d warm-up passes%n",
        texts.size(), passes, WARM_UP_PASSES);
    System.out.println("| work | articles/s (wall) | articles per CPU-second | triples per pass |");
    System.out.println("|---|---:|---:|---:|");
    work.forEach((name, perArticle) -> {
      double[] wall = new double[passes];
      double[] cpu = new double[passes];
      long triples = 0;
      for (int pass = -WARM_UP_PASSES; pass < passes; pass++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long found = 0;
        for (int i = 0; i < texts.size(); i++) {
          found += perArticle.applyAsLong(i);
        }
        long wallUsed = System.nanoTime() - wallStart;
        long cpuUsed = threads.getCurrentThreadCpuTime() - cpuStart;
        if (pass >= 0) {
          wall[pass] = texts.size() / (wallUsed / 1e9);
          cpu[pass] = texts.size() / (cpuUsed / 1e9);
          triples = found;
        }
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf("| %s | %.0f | %.0f | %d |%n", name, wall[passes / 2], cpu[passes / 2], triples);
    });
  }
}
