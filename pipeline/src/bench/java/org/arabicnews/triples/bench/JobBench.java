package org.arabicnews.triples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.pipeline.ArabicNewsTriples;
import org.arabicnews.triples.pipeline.IngestLoop;
import org.arabicnews.triples.relations.RelationExtractor;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * The job against the limit (issue 8): the pure core in a single-threaded loop, the job on the DirectRunner and
 * the job on Flink embedded with parallelism 2, on generated pages and on SaudiNewsNet scaled up; then peak
 * memory on Flink as the input grows, and the DirectRunner with its element checks on and off. Every
 * configuration runs in its own child JVM with the same {@code --heap}, so its peak RSS (VmHWM) is its own.
 *
 * <pre>
 * mvn -B -q -Pbench,flink -DskipTests package
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.bench.JobBench \
 *   [--articles=100000] [--inputs=generated,saudinewsnet] [--runners=core,direct,flink] \
 *   [--memorySizes=10000,100000,1000000] [--checksSize=5000] [--heap=1g] [--parallelism=2] \
 *   [--saudinewsnet=../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl] \
 *   [--testdata=testdata/pages] [--work=$TMPDIR/arabic-news-triples-bench] [--out=docs/performance/last-run.txt]
 * </pre>
 *
 * <p>What is measured is in docs/performance.md, with how long a run takes and how to cap it ({@code
 * --memorySizes} without 1000000 skips the longest run, {@code --checksSize=0} the element checks, {@code
 * --inputs} and {@code --runners} choose the throughput rows). Inputs are generated once into {@code --work}
 * (never into the repository) and reused by later runs: generated pages ({@link PageGenerator}, seed 1) as one
 * JSON Lines export, and the SaudiNewsNet sample repeated with fresh ids up to {@code --articles} lines. A memory
 * size equal to {@code --articles} reuses the throughput section's Flink run. The report goes to standard output
 * and to {@code --out}.
 */
public final class JobBench {
  private static final String DEFAULT_SNN = "../shared/corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> flags;
  private final Path work;
  private final String heap;
  private final int parallelism;
  private final PrintStream report;
  private final List<String> failures = new ArrayList<>();

  private JobBench(Map<String, String> flags, PrintStream report) {
    this.flags = flags;
    this.work = Path.of(flags.getOrDefault("work",
        Path.of(System.getProperty("java.io.tmpdir"), "arabic-news-triples-bench").toString()));
    this.heap = flags.getOrDefault("heap", "1g");
    this.parallelism = Integer.parseInt(flags.getOrDefault("parallelism", "2"));
    this.report = report;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> flags = ChildJvm.flags(args);
    if (flags.containsKey("child")) {
      Child.run(flags.get("child"), flags.get("input"), flags.get("output"), flags.getOrDefault("extra", ""));
      return;
    }
    Path out = Path.of(flags.getOrDefault("out", "docs/performance/last-run.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintStream file = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8);
        PrintStream both = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
      new JobBench(flags, both).runAll();
    }
  }

  private void runAll() throws Exception {
    int articles = Integer.parseInt(flags.getOrDefault("articles", "100000"));
    List<Integer> memorySizes = new ArrayList<>();
    for (String s : list("memorySizes", "10000,100000,1000000")) {
      memorySizes.add(Integer.parseInt(s));
    }
    List<String> runners = list("runners", "core,direct,flink");
    List<String> inputNames = list("inputs", "generated,saudinewsnet");
    if (!List.of("core", "direct", "flink").containsAll(runners)
        || !List.of("generated", "saudinewsnet").containsAll(inputNames)) {
      throw new IllegalArgumentException("--runners takes core, direct, flink; --inputs generated, saudinewsnet");
    }
    if ((runners.contains("flink") || !memorySizes.isEmpty()) && !flinkOnClasspath()) {
      throw new IllegalStateException("The Flink runner is not in this jar: build it with "
          + "mvn -B -q -Pbench,flink -DskipTests package, or pass --runners=core,direct --memorySizes= (nothing).");
    }
    int checksSize = Integer.parseInt(flags.getOrDefault("checksSize", "5000"));
    Path testdata = Path.of(flags.getOrDefault("testdata", "testdata/pages"));
    Path snn = Path.of(flags.getOrDefault("saudinewsnet", DEFAULT_SNN));
    Files.createDirectories(work);

    report.println("# JobBench " + String.join(" ", flags.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toList()));
    report.println("started " + Instant.now() + "; " + Runtime.getRuntime().availableProcessors() + " cores, "
        + memTotalMb() + " MB RAM; Java " + System.getProperty("java.version") + "; each child JVM: -Xmx" + heap
        + " -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError; load average at start " + loadAverage());
    report.println();

    PageGenerator generator = PageGenerator.fromTestdata(testdata, 1);
    List<Input> inputs = new ArrayList<>();
    if (inputNames.contains("generated")) {
      inputs.add(generated(generator, articles));
    }
    if (inputNames.contains("saudinewsnet") && Files.exists(snn)) {
      inputs.add(scaled(snn, articles));
    } else if (inputNames.contains("saudinewsnet")) {
      report.println("No " + snn + ": the SaudiNewsNet rows are left out.");
    }

    Result generatedFlink = null;
    if (!runners.isEmpty() && !inputs.isEmpty()) {
      report.println("## Throughput at " + articles + " input articles");
      report.println();
      header("input", "run");
      List<String> verdicts = new ArrayList<>();
      for (Input input : inputs) {
        Result core = runners.contains("core") ? attempt("core", input, "") : null;
        Result direct = runners.contains("direct") ? attempt("direct", input, "") : null;
        Result flink = runners.contains("flink") ? attempt("flink", input, "") : null;
        if (core != null) {
          row(input.name, "core, 1 thread, no Beam", core, core);
        }
        if (direct != null) {
          row(input.name, "DirectRunner", direct, core);
        }
        if (flink != null) {
          row(input.name, "Flink embedded, p=" + parallelism, flink, core);
        }
        if (input.name.startsWith("generated")) {
          generatedFlink = flink;
        }
        verdicts.add(verdict(input.name, core, direct, flink));
      }
      report.println();
      verdicts.forEach(report::println);
      printFailures();
    }

    if (!memorySizes.isEmpty()) {
      report.println("## Memory as the input grows: Flink embedded, p=" + parallelism + ", generated pages");
      report.println();
      header("input", "run");
      for (int size : memorySizes) {
        Input input = generated(generator, size);
        Result flink = size == articles && generatedFlink != null ? generatedFlink : attempt("flink", input, "");
        if (flink != null) {
          row(input.name, "Flink embedded, p=" + parallelism, flink, null);
        }
      }
      report.println();
      printFailures();
    }

    if (checksSize > 0) {
      report.println("## DirectRunner element checks, generated pages");
      report.println();
      header("input", "run");
      Input checked = generated(generator, checksSize);
      Result off = attempt("direct", checked, "");
      Result on = attempt("direct", checked, "--enforceImmutability=true --enforceEncodability=true");
      if (off != null) {
        row(checked.name, "DirectRunner, checks off (launcher default)", off, null);
      }
      if (on != null) {
        row(checked.name, "DirectRunner, checks on", on, null);
      }
      report.println();
      if (off != null && on != null) {
        report.printf(Locale.ROOT, "checks on ÷ off: %.2f × the time, %.2f × the CPU, %.2f × the peak RSS%n",
            on.seconds / off.seconds, on.cpuSeconds / off.cpuSeconds, (double) on.rssKb / off.rssKb);
      }
      printFailures();
    }
    report.println("finished " + Instant.now() + "; load average at the end " + loadAverage());
  }

  /** The run, or null when its JVM failed (out of memory, say): noted and printed after the section's table. */
  private Result attempt(String mode, Input input, String extra) throws IOException, InterruptedException {
    try {
      return child(mode, input, extra);
    } catch (IllegalStateException e) {
      failures.add("FAILED " + input.name + ", " + mode + (extra.isBlank() ? "" : " " + extra) + ": " + e.getMessage());
      return null;
    }
  }

  private void printFailures() {
    failures.forEach(report::println);
    failures.clear();
    report.println();
  }

  /** The targets (docs/performance.md) for one input, then a warning per run whose counts differ from the core's. */
  private String verdict(String input, Result core, Result direct, Result flink) {
    List<String> parts = new ArrayList<>();
    if (core != null && flink != null) {
      parts.add(String.format(Locale.ROOT, "Flink p=%d ÷ core = %.2f (target ≥ 1.6)", parallelism,
          flink.rate() / core.rate()));
    }
    if (core != null && direct != null) {
      parts.add(String.format(Locale.ROOT, "DirectRunner ÷ core = %.2f (target ≥ 0.5)", direct.rate() / core.rate()));
    }
    List<String> rss = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Result r : java.util.Arrays.asList(core, direct, flink)) {
      if (r != null) {
        rss.add(r.mode + " " + r.rssMb() + " MB");
        String warning = core == null || r == core ? null : countsDiffer(input, core, r);
        if (warning != null) {
          warnings.add(warning);
        }
      }
    }
    parts.add("peak RSS " + String.join(", ", rss) + " (target < 2048 MB at 100,000)");
    warnings.add(0, input + ": " + String.join("; ", parts));
    return String.join("\n", warnings);
  }

  private List<String> list(String flag, String defaults) {
    List<String> values = new ArrayList<>();
    for (String v : flags.getOrDefault(flag, defaults).split(",")) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return values;
  }

  private static boolean flinkOnClasspath() {
    try {
      Class.forName("org.apache.beam.runners.flink.FlinkRunner");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** A warning line when the job's counts differ from the core loop's, else null. */
  private static String countsDiffer(String input, Result core, Result job) {
    if (core.articles == job.articles && core.entities == job.entities && core.triples == job.triples) {
      return null;
    }
    return String.format(Locale.ROOT, "WARNING %s: %s counts differ from the core loop's: articles %d/%d, entities "
            + "%d/%d, triples %d/%d", input, job.mode, job.articles, core.articles, job.entities, core.entities,
        job.triples, core.triples);
  }

  // ---- Inputs ---------------------------------------------------------------------------------------------

  private record Input(String name, Path file, long bytes) {}

  private Input generated(PageGenerator generator, int pages) throws IOException {
    Path file = work.resolve("generated-" + pages + ".jsonl");
    if (!Files.exists(file)) {
      Path partial = work.resolve(file.getFileName() + ".partial");
      generator.writeJsonLines(partial, pages);
      Files.move(partial, file);
    }
    return new Input(String.format(Locale.ROOT, "generated pages, %,d", pages), file, Files.size(file));
  }

  /** The export repeated, each copy's ids suffixed with its copy number, up to {@code lines} lines. */
  private Input scaled(Path export, int lines) throws IOException {
    Path file = work.resolve("saudinewsnet-" + lines + ".jsonl");
    if (!Files.exists(file)) {
      List<String> originals = Files.readAllLines(export, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      Path partial = work.resolve(file.getFileName() + ".partial");
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        for (int i = 0; i < lines; i++) {
          ObjectNode row = (ObjectNode) JSON.readTree(originals.get(i % originals.size()));
          row.put("id", row.path("id").asText() + "-copy" + i / originals.size());
          out.write(JSON.writeValueAsString(row));
          out.write('\n');
        }
      }
      Files.move(partial, file);
    }
    return new Input(String.format(Locale.ROOT, "SaudiNewsNet ×%.0f, %,d", Math.ceil(lines / 2089.0), lines), file,
        Files.size(file));
  }

  // ---- Child runs -----------------------------------------------------------------------------------------

  private record Result(String mode, long records, long articles, long entities, long triples, long dead,
      double seconds, double cpuSeconds, double gcSeconds, long rssKb, long liveHeapKb, long liveHeapMedianKb,
      long liveHeapP90Kb, long bytes, String load, String phases) {
    double rate() {
      return records / seconds;
    }

    long rssMb() {
      return rssKb / 1024;
    }
  }

  private Result child(String mode, Input input, String extra) throws IOException, InterruptedException {
    Path output = work.resolve("out-" + mode + "-" + input.file.getFileName());
    List<String> args = new ArrayList<>(List.of("--child=" + mode, "--input=" + input.file, "--output=" + output));
    String runnerArgs = (mode.equals("flink")
        ? "--runner=FlinkRunner --flinkMaster=[local] --parallelism=" + parallelism + " " + extra : extra).strip();
    if (!runnerArgs.isEmpty()) {
      args.add("--extra=" + runnerArgs);
    }
    String variant = extra.isBlank() ? "" : extra.replaceAll("--|=true", "").replaceAll("\\W+", "-") + "-";
    Path log = work.resolve("log-" + mode + "-" + variant + input.file.getFileName() + ".txt");
    String loadBefore = loadAverage();
    // Without the exit, a DirectRunner worker that runs out of memory leaves the job waiting forever.
    Map<String, String> r = ChildJvm.run(JobBench.class,
        List.of("-Xmx" + heap, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"), args, log);
    return new Result(mode + (extra.isBlank() ? "" : " " + extra), Long.parseLong(r.get("records")),
        Long.parseLong(r.get("articles")), Long.parseLong(r.get("entities")), Long.parseLong(r.get("triples")),
        Long.parseLong(r.get("dead")), Double.parseDouble(r.get("seconds")), Double.parseDouble(r.get("cpu")),
        Double.parseDouble(r.get("gc")), Long.parseLong(r.get("rssKb")), Long.parseLong(r.get("liveHeapKb")),
        Long.parseLong(r.get("liveHeapMedianKb")), Long.parseLong(r.get("liveHeapP90Kb")), input.bytes, loadBefore + " → " + loadAverage(), r.getOrDefault("phases", ""));
  }

  private void header(String... first) {
    report.println("| " + String.join(" | ", first) + " | records | article rows | entities | triples | dead letters "
        + "| wall s | CPU s | GC s | articles/s | MB/s | ÷ core | peak RSS MB | live heap MB: median / p90 / max | load 1-min "
        + "before → after |");
    report.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  }

  private void row(String input, String run, Result r, Result core) {
    report.printf(Locale.ROOT, "| %s, %.0f MB | %s | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.0f | %.2f | %s "
            + "| %d | %d / %d / %d | %s |%n",
        input, r.bytes / 1e6, run, r.records, r.articles, r.entities, r.triples, r.dead, r.seconds, r.cpuSeconds,
        r.gcSeconds, r.rate(), r.bytes / 1e6 / r.seconds,
        core == null ? "" : String.format(Locale.ROOT, "%.2f", r.rate() / core.rate()), r.rssMb(),
        r.liveHeapMedianKb / 1024, r.liveHeapP90Kb / 1024, r.liveHeapKb / 1024, r.load);
    if (!r.phases.isEmpty()) {
      report.println("|  | core CPU by phase: " + r.phases.replace(',', ' ') + " | | | | | | | | | | | | | | |");
    }
  }

  /** One configuration, in this JVM; prints its figures on one RESULT line. */
  static final class Child {
    private Child() {}

    static void run(String mode, String input, String output, String extra) throws Exception {
      MemoryWatch watch = MemoryWatch.start();
      long started = System.nanoTime();
      long cpuStarted = processCpuNanos();
      long[] counts;
      String phases = "";
      if (mode.equals("core")) {
        CoreLoop loop = new CoreLoop();
        loop.run(input);
        counts = loop.counts;
        phases = loop.phases();
      } else {
        counts = job(input, output, extra);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = (processCpuNanos() - cpuStarted) / 1e9;
      watch.stop();
      System.out.printf(Locale.ROOT, "%s records=%d articles=%d entities=%d triples=%d dead=%d seconds=%.2f "
              + "cpu=%.2f gc=%.2f rssKb=%d liveHeapKb=%d liveHeapMedianKb=%d liveHeapP90Kb=%d%s%n", ChildJvm.RESULT, counts[0], counts[1], counts[2],
          counts[3], counts[4], seconds, cpu, gcSeconds(), ChildJvm.peakRssKb(), watch.liveKb(1.0), watch.liveKb(0.5),
          watch.liveKb(0.9),
          phases.isEmpty() ? "" : " phases=" + phases);
      System.out.flush();
      // A runner's lingering non-daemon threads (Flink's mini-cluster) would keep this JVM alive.
      System.exit(0);
    }

    /** Runs the job as the launcher does and reads its counts back from run-summary.json. */
    private static long[] job(String input, String output, String extra) throws IOException {
      List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--overwrite=true"));
      for (String a : extra.split(" ")) {
        if (!a.isBlank()) {
          args.add(a);
        }
      }
      ArabicNewsTriples.main(args.toArray(String[]::new));
      JsonNode summary = JSON.readTree(Path.of(output, "run-summary.json").toFile());
      JsonNode c = summary.path("counters");
      long dead = 0;
      for (JsonNode n : summary.path("dead_letters_by_reason")) {
        dead += n.asLong();
      }
      return new long[] {c.path("ReadDumps").path("records").asLong(), c.path("SplitPages").path("articles").asLong(),
          c.path("ExtractEntities").path("entities").asLong(), c.path("ExtractTriples").path("triples").asLong(),
          dead};
    }
  }

  /**
   * The job's work without Beam: {@link IngestLoop} (the job's readers and segmenter), then for each article
   * the display normalization, text analysis, entity recognition and relation extraction, one thread.
   */
  private static final class CoreLoop {
    private final ArabicNormalizer normalizer = ArabicNormalizer.display();
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final RelationExtractor extractor = new RelationExtractor();
    /** records, articles, entities, triples, dead letters. */
    final long[] counts = new long[5];
    private long normalizeNanos;
    private long analyzeNanos;
    private long entitiesNanos;
    private long triplesNanos;
    private long totalNanos;

    void run(String input) throws IOException {
      long started = System.nanoTime();
      CountingVisitor visitor = new CountingVisitor() {
        @Override
        void onArticle(ArticleDraft article) {
          long t0 = System.nanoTime();
          normalizer.normalizeToString(article.text());
          long t1 = System.nanoTime();
          AnalyzedText text = AnalyzedText.of(article.text());
          long t2 = System.nanoTime();
          List<Entity> entities = recognizer.recognize(text);
          long t3 = System.nanoTime();
          counts[2] += entities.size();
          counts[3] += extractor.extract(text, entities).size();
          long t4 = System.nanoTime();
          normalizeNanos += t1 - t0;
          analyzeNanos += t2 - t1;
          entitiesNanos += t3 - t2;
          triplesNanos += t4 - t3;
        }
      };
      IngestLoop.run(ArabicNewsTriples.options(new String[] {"--input=" + input}), visitor);
      counts[0] = visitor.records;
      counts[1] = visitor.articles;
      counts[4] = visitor.deadLetters;
      totalNanos = System.nanoTime() - started;
    }

    String phases() {
      long rest = totalNanos - normalizeNanos - analyzeNanos - entitiesNanos - triplesNanos;
      return String.format(Locale.ROOT, "read+segment=%.0f%%,normalize=%.0f%%,analyze=%.0f%%,entities=%.0f%%,"
              + "triples=%.0f%%", 100.0 * rest / totalNanos, 100.0 * normalizeNanos / totalNanos,
          100.0 * analyzeNanos / totalNanos, 100.0 * entitiesNanos / totalNanos, 100.0 * triplesNanos / totalNanos);
    }
  }

  /**
   * The heap in use just after a full collection, forced every {@link #INTERVAL_MS}: what the run really holds,
   * reported as the median, 90th percentile and largest of the samples. Peak RSS hides it once the heap has grown to its maximum, and the heap after an ordinary young
   * collection also counts the dead objects of the old generation that G1 has not yet marked, up to its marking
   * threshold (45% of the heap): on a long run that reads as growth that is not there.
   */
  private static final class MemoryWatch {
    static final long INTERVAL_MS = 10_000;
    private final List<Long> samplesKb = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    private MemoryWatch() {
      thread = new Thread(() -> {
        while (running) {
          try {
            Thread.sleep(INTERVAL_MS);
          } catch (InterruptedException e) {
            return;
          }
          sample();
        }
      }, "memory-watch");
      thread.setDaemon(true);
    }

    static MemoryWatch start() {
      MemoryWatch w = new MemoryWatch();
      w.thread.start();
      return w;
    }

    private void sample() {
      System.gc();
      samplesKb.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024);
    }

    /** Stops sampling; a run shorter than one interval gets one sample, at its end. */
    void stop() {
      running = false;
      thread.interrupt();
      if (samplesKb.isEmpty()) {
        sample();
      }
    }

    /** The live heap at quantile {@code q} of the samples (1 for the largest), nearest rank. */
    long liveKb(double q) {
      List<Long> sorted;
      synchronized (samplesKb) {
        sorted = new ArrayList<>(samplesKb);
      }
      Collections.sort(sorted);
      return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }
  }


  // ---- Process figures ------------------------------------------------------------------------------------

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double gcSeconds() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis / 1000.0;
  }

  private static long memTotalMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /** Writes to two streams. */
  private static final class Tee extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    Tee(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
