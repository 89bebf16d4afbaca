package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.joda.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the job from the launcher's side: checks the options, runs the pipeline to the end, then writes
 * run-summary.json and, only if the run succeeded, the {@code _SUCCESS} marker, last.
 */
final class JobRun {
  static final String SUMMARY_FILE = "run-summary.json";
  static final String SUCCESS_MARKER = "_SUCCESS";
  private static final Duration PROGRESS_INTERVAL = Duration.standardSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(JobRun.class);

  private JobRun() {}

  static RunSummary execute(ArabicNewsTriplesOptions options) {
    Options.validate(options);
    FileSystems.setDefaultPipelineOptions(options);
    options.setOutput(Outputs.resolve(options.getOutput(), options.getRunDate()));
    Inputs.requireSomeMatch(options.getInput());
    if (options.getRunner() == DirectRunner.class) {
      warnIfTooBigForTheDirectRunner(options.getInput());
    }
    try {
      Outputs.prepare(options.getOutput(), options.getOverwrite());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not inspect or clear --output=" + options.getOutput(), e);
    }
    Outputs.requireWritable(options.getOutput());
    long started = System.currentTimeMillis();
    PipelineResult result = ArabicNewsTriples.run(options);
    PipelineResult.State state = waitLoggingProgress(result, started);
    RunSummary summary = new RunSummary(version(), options.getRunner().getSimpleName(), String.valueOf(state),
        options.getInput(), options.getOutput(), started, System.currentTimeMillis() - started,
        RunMetrics.of(result));
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

  private static void warnIfTooBigForTheDirectRunner(String input) {
    String advice = Options.directRunnerMemoryAdvice(Inputs.totalBytes(input), Runtime.getRuntime().maxMemory());
    if (advice != null) {
      LOG.warn(advice);
    }
  }

  /**
   * Waits for the run to end, logging what it has done every {@link #PROGRESS_INTERVAL} on runners whose
   * {@code run()} returns before the end (the DirectRunner as the launcher sets it up, Dataflow, Spark).
   */
  private static PipelineResult.State waitLoggingProgress(PipelineResult result, long started) {
    long lastRecords = 0;
    long lastMillis = started;
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(PROGRESS_INTERVAL);
      if (state != null && state.isTerminal()) {
        return state;
      }
      long now = System.currentTimeMillis();
      RunMetrics metrics;
      try {
        metrics = RunMetrics.of(result);
      } catch (UnsupportedOperationException | IllegalStateException e) {
        LOG.info("running for {} s", (now - started) / 1000);
        continue;
      }
      long records = metrics.counter(ReadDumps.STAGE, "records");
      LOG.info("running for {} s: {} records read ({}/s lately), {} articles, {} entities, {} triples, "
              + "{} dead letters",
          (now - started) / 1000, records, (records - lastRecords) * 1000 / Math.max(1, now - lastMillis),
          metrics.counter(SplitPages.STAGE, "articles"), metrics.counter(ExtractEntities.STAGE, "entities"),
          metrics.counter(ExtractTriples.STAGE, "triples"), metrics.deadLetters());
      lastRecords = records;
      lastMillis = now;
    }
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
