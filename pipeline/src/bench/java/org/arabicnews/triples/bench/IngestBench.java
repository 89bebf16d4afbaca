package org.arabicnews.triples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.arabicnews.triples.pipeline.ArabicNewsTriples;
import org.arabicnews.triples.pipeline.ArabicNewsTriplesOptions;
import org.arabicnews.triples.pipeline.IngestLoop;
import org.arabicnews.triples.pipeline.ReadDumps;
import org.arabicnews.triples.pipeline.SplitPages;

/**
 * The job's ReadDumps and SplitPages on the DirectRunner against the same work in a plain single-threaded loop
 * ({@link IngestLoop}), on generated one-page files and on JSON Lines exports. Each run is its own JVM, so its
 * peak RSS (VmHWM) is its own; time is wall time inside that JVM, from building the pipeline (or starting the
 * loop) to the last record, so JVM start is left out of both.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.IngestBench \
 *   [--pages=20000] [--jsonl=../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl] \
 *   [--copies=10] [--work=pipeline/target/ingest-bench] [--testdata=testdata/pages] [--heap=4g] [--checks=false]
 * </pre>
 *
 * <p>Inputs: {@code --pages} pages from {@link PageGenerator} (seed 1), one file each; the {@code --jsonl}
 * export as it is; and that export concatenated {@code --copies} times, where per-run overheads weigh less.
 * The DirectRunner runs as the launcher starts it: its immutability and encodability checks off; with
 * {@code --checks=true} it also runs with them on, to show what they cost.
 */
public final class IngestBench {
  private static final String DEFAULT_JSONL = "../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl";

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> flags = ChildJvm.flags(args);
    if (flags.containsKey("child")) {
      child(flags.get("child"), flags.get("input"));
      return;
    }
    int pages = Integer.parseInt(flags.getOrDefault("pages", "20000"));
    Path jsonl = Path.of(flags.getOrDefault("jsonl", DEFAULT_JSONL));
    int copies = Integer.parseInt(flags.getOrDefault("copies", "10"));
    Path work = Path.of(flags.getOrDefault("work", "pipeline/target/ingest-bench"));
    Path testdata = Path.of(flags.getOrDefault("testdata", "testdata/pages"));
    String heap = flags.getOrDefault("heap", "4g");
    boolean checks = Boolean.parseBoolean(flags.getOrDefault("checks", "false"));

    Path pagesDir = work.resolve("pages-" + pages);
    if (!Files.exists(pagesDir.resolve(String.format("page-%06d.txt", pages - 1)))) {
      PageGenerator.fromTestdata(testdata, 1).writePages(pagesDir, pages);
    }
    List<String[]> inputs = new ArrayList<>();
    inputs.add(new String[] {pages + " generated pages, one file each", pagesDir + "/*.txt"});
    if (Files.exists(jsonl)) {
      inputs.add(new String[] {jsonl.getFileName().toString(), jsonl.toString()});
      if (copies > 1) {
        Path scaled = work.resolve(copies + "x-" + jsonl.getFileName());
        if (!Files.exists(scaled)) {
          try (OutputStream out = Files.newOutputStream(scaled)) {
            for (int i = 0; i < copies; i++) {
              Files.copy(jsonl, out);
            }
          }
        }
        inputs.add(new String[] {copies + " × " + jsonl.getFileName(), scaled.toString()});
      }
    } else {
      System.err.println("No " + jsonl + ": the JSON Lines rows are left out.");
    }

    System.out.println(
        "| input | run | records | articles | dead letters | seconds | peak RSS MB | DirectRunner ÷ loop |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (String[] input : inputs) {
      Map<String, String> loop = runChild("loop", input[1], heap);
      Map<String, String> direct = runChild("direct", input[1], heap);
      print(input[0], "plain loop", loop, "");
      print(input[0], "DirectRunner", direct, ratio(direct, loop));
      if (checks) {
        Map<String, String> checked = runChild("direct-checks", input[1], heap);
        print(input[0], "DirectRunner, element checks on", checked, ratio(checked, loop));
      }
    }
  }

  private static String ratio(Map<String, String> run, Map<String, String> loop) {
    double seconds = Double.parseDouble(run.get("seconds"));
    return String.format(Locale.ROOT, "%.2f", seconds / Double.parseDouble(loop.get("seconds")));
  }

  private static void print(String input, String run, Map<String, String> r, String ratio) {
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %s |%n", input, run, r.get("records"),
        r.get("articles"), r.get("dead"), r.get("seconds"), Long.parseLong(r.get("rssKb")) / 1024, ratio);
  }

  private static Map<String, String> runChild(String mode, String input, String heap)
      throws IOException, InterruptedException {
    return ChildJvm.run(IngestBench.class, List.of("-Xmx" + heap), List.of("--child=" + mode, "--input=" + input),
        null);
  }

  /** One run in this JVM; prints its figures on a RESULT line. */
  private static void child(String mode, String input) throws Exception {
    List<String> args = new ArrayList<>(List.of("--input=" + input));
    if (mode.equals("direct-checks")) {
      args.addAll(List.of("--enforceImmutability=true", "--enforceEncodability=true"));
    }
    ArabicNewsTriplesOptions options = ArabicNewsTriples.options(args.toArray(String[]::new));
    long[] counts = new long[3];
    long started = System.nanoTime();
    if (mode.equals("loop")) {
      CountingVisitor visitor = new CountingVisitor();
      IngestLoop.run(options, visitor);
      counts[0] = visitor.records;
      counts[1] = visitor.articles;
      counts[2] = visitor.deadLetters;
    } else {
      Pipeline pipeline = Pipeline.create(options);
      pipeline.apply("ReadDumps", ReadDumps.from(options)).output().apply("SplitPages", SplitPages.from(options));
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      counts[0] = counter(result, "ReadDumps", "records");
      counts[1] = counter(result, "SplitPages", "articles");
      counts[2] = counter(result, "ReadDumps", "rejected_records") + counter(result, "SplitPages", "rejected_records");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "%s records=%d articles=%d dead=%d seconds=%.2f rssKb=%d%n", ChildJvm.RESULT,
        counts[0], counts[1], counts[2], seconds, ChildJvm.peakRssKb());
  }

  private static long counter(PipelineResult result, String namespace, String name) {
    long total = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(namespace, name)).build()).getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }
}
