package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * One run of the job from the launcher's side: checks the options, runs the pipeline to the end, then writes
 * run-summary.json and, only if the run succeeded, the {@code _SUCCESS} marker, last.
 */
final class JobRun {
  static final String SUMMARY_FILE = "run-summary.json";
  static final String SUCCESS_MARKER = "_SUCCESS";

  /** DirectRunner checks the launcher turns off unless the command line names them. */
  static final List<String> DIRECT_RUNNER_CHECKS = List.of("enforceImmutability", "enforceEncodability");

  private JobRun() {}

  /**
   * The command line with the DirectRunner's element checks turned off unless it sets them. Those checks
   * encode and compare every element of every collection to catch transforms that mutate their input; tests
   * keep them on (TestPipeline and {@link #execute} leave options alone), and on a large local run they cost
   * several times the job's own work. Other runners ignore these options.
   */
  static String[] withLaunchDefaults(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    for (String check : DIRECT_RUNNER_CHECKS) {
      if (all.stream().noneMatch(a -> a.startsWith("--" + check + "=") || a.equals("--" + check))) {
        all.add("--" + check + "=false");
      }
    }
    return all.toArray(String[]::new);
  }

  static RunSummary execute(ArabicNewsTriplesOptions options) {
    Options.validate(options);
    FileSystems.setDefaultPipelineOptions(options);
    Inputs.requireSomeMatch(options.getInput());
    long started = System.currentTimeMillis();
    PipelineResult result = ArabicNewsTriples.run(options);
    PipelineResult.State state = result.waitUntilFinish();
    RunSummary summary = new RunSummary(version(), options.getRunner().getSimpleName(), String.valueOf(state),
        options.getInput(), options.getOutput(), started, System.currentTimeMillis() - started, counters(result));
    try {
      if (summary.succeeded()) {
        WriteTables.completeShards(options.getOutput(), options.getNumShards());
      }
      write(options.getOutput(), SUMMARY_FILE, summary.toJson());
      if (summary.succeeded()) {
        write(options.getOutput(), SUCCESS_MARKER, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + SUMMARY_FILE + " under " + options.getOutput(), e);
    }
    return summary;
  }

  /** Counter values by namespace and name, as the runner reports them (attempted: every runner has those). */
  static Map<String, Map<String, Long>> counters(PipelineResult result) {
    Map<String, Map<String, Long>> counters = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      counters.computeIfAbsent(c.getName().getNamespace(), k -> new TreeMap<>())
          .merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    return counters;
  }

  private static void write(String outputDir, String name, String content) throws IOException {
    ResourceId dir = FileSystems.matchNewResource(outputDir, true);
    ResourceId file = dir.resolve(name, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = JobRun.class.getResourceAsStream("/arabic-news-triples.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
