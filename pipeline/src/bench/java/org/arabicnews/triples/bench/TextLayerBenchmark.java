package org.arabicnews.triples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.arabicnews.triples.eval.Documents;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Single-thread throughput of the text layer over the SaudiNewsNet article texts: each operation processes
 * every article once. {@link #main} runs the benchmarks and prints MB/s per core (UTF-8 MB of article text);
 * with {@code --cpu} it times the same work in thread CPU time instead, for a machine shared with others.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.TextLayerBenchmark [--cpu] [shared dir]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class TextLayerBenchmark {
  private static final String SHARED = "bench.shared";

  private List<String> articles;
  private final ArabicNormalizer display = ArabicNormalizer.display();
  private final ArabicNormalizer match = ArabicNormalizer.match();

  @Setup
  public void load() throws IOException {
    articles = articles(Path.of(System.getProperty(SHARED, "../shared")));
  }

  private static List<String> articles(Path shared) throws IOException {
    return new ArrayList<>(Documents.saudiNewsNet(shared).values());
  }

  @Benchmark
  public void normalizeDisplay(Blackhole sink) {
    for (String article : articles) {
      sink.consume(display.normalizeToString(article));
    }
  }

  @Benchmark
  public void normalizeMatch(Blackhole sink) {
    for (String article : articles) {
      sink.consume(match.normalizeToString(article));
    }
  }

  @Benchmark
  public void normalizeMatchWithOffsetMap(Blackhole sink) {
    for (String article : articles) {
      sink.consume(match.normalize(article));
    }
  }

  /** Sentences, tokens, match forms and clitic analysis: what every later stage starts from. */
  @Benchmark
  public void analyze(Blackhole sink) {
    for (String article : articles) {
      sink.consume(AnalyzedText.of(article));
    }
  }

  public static void main(String[] args) throws IOException, RunnerException {
    boolean cpu = List.of(args).contains("--cpu");
    String shared = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("../shared");
    List<String> articles = articles(Path.of(shared));
    long bytes = 0;
    long chars = 0;
    for (String article : articles) {
      bytes += article.getBytes(StandardCharsets.UTF_8).length;
      chars += article.length();
    }
    double megabytes = bytes / 1e6;
    if (cpu) {
      cpuTime(articles, chars, megabytes);
      return;
    }
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(TextLayerBenchmark.class.getName())
        .jvmArgsAppend("-D" + SHARED + "=" + Path.of(shared).toAbsolutePath())
        .build()).run();
    System.out.printf("%nSaudiNewsNet: %d articles, %d chars, %.2f MB UTF-8; one thread%n", articles.size(), chars,
        megabytes);
    System.out.println("| benchmark | MB/s per core | ± (99.9%) |");
    System.out.println("|---|---|---|");
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      double opsPerSecond = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      System.out.printf("| %s | %.1f | %.1f |%n", name.substring(name.lastIndexOf('.') + 1), opsPerSecond * megabytes,
          error * megabytes);
    }
  }

  /**
   * The same work timed in CPU seconds of the running thread rather than wall time, so that a figure taken
   * on a busy machine still says what one core does: median of 5 passes after 10 warm-up passes.
   */
  private static void cpuTime(List<String> articles, long chars, double megabytes) {
    TextLayerBenchmark bench = new TextLayerBenchmark();
    bench.articles = articles;
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Consumer<Blackhole>> work = new LinkedHashMap<>();
    work.put("analyze", bench::analyze);
    work.put("normalizeDisplay", bench::normalizeDisplay);
    work.put("normalizeMatch", bench::normalizeMatch);
    work.put("normalizeMatchWithOffsetMap", bench::normalizeMatchWithOffsetMap);
    System.out.printf("SaudiNewsNet: %d articles, %d chars, %.2f MB UTF-8; one thread, CPU time%n", articles.size(),
        chars, megabytes);
    System.out.println("| benchmark | MB per CPU-second |");
    System.out.println("|---|---|");
    work.forEach((name, pass) -> {
      double[] rates = new double[5];
      for (int round = -10; round < rates.length; round++) {
        long start = threads.getCurrentThreadCpuTime();
        pass.accept(sink);
        long used = threads.getCurrentThreadCpuTime() - start;
        if (round >= 0) {
          rates[round] = megabytes / (used / 1e9);
        }
      }
      Arrays.sort(rates);
      System.out.printf("| %s | %.1f |%n", name, rates[rates.length / 2]);
    });
  }
}
