package org.arabicnews.triples.pipeline;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.arabicnews.triples.ingest.FieldMapping;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.text.ArabicNormalizer;

/** Checks of option values that annotations cannot express, with messages that say what to change. */
final class Options {
  static final long MIN_BYTES_PER_SPLIT = 1L << 20;
  /** Parquet takes the row group size as an int of bytes. */
  static final int MAX_ROW_GROUP_MB = 1024;

  private Options() {}

  /** Throws IllegalArgumentException naming the first bad option. */
  static void validate(ArabicNewsTriplesOptions options) {
    Inputs.patterns(options.getInput());
    InputFormat.parse(options.getInputFormat());
    FieldMapping.parse(options.getJsonFields());
    FieldMapping.parse(options.getCsvFields(), "csvFields");
    profile(options);
    normalizerOptions(options);
    if (options.getOutput().isBlank()) {
      throw new IllegalArgumentException("--output is empty: give the directory the tables are written to.");
    }
    requireAtLeast("numShards", options.getNumShards(), 1);
    requireAtLeast("rowGroupMb", options.getRowGroupMb(), 1);
    if (options.getRowGroupMb() > MAX_ROW_GROUP_MB) {
      throw new IllegalArgumentException("--rowGroupMb=" + options.getRowGroupMb() + " is too large; it must be at "
          + "most " + MAX_ROW_GROUP_MB + " (each file being written holds a row group in memory).");
    }
    requireAtLeast("maxArticleChars", options.getMaxArticleChars(), 1_000);
    requireAtLeast("filesPerBatch", options.getFilesPerBatch(), 1);
    if (options.getBytesPerSplit() < MIN_BYTES_PER_SPLIT) {
      throw new IllegalArgumentException("--bytesPerSplit=" + options.getBytesPerSplit() + " is too small; it must be "
          + "at least " + MIN_BYTES_PER_SPLIT + " (1 MB).");
    }
    requireAtLeast("aliasWindowDays", options.getAliasWindowDays(), 0);
    double threshold = options.getDuplicateThreshold();
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--duplicateThreshold=" + threshold + " is out of range; give a Jaccard "
          + "similarity in (0, 1], e.g. 0.8.");
    }
  }

  /**
   * Heap the DirectRunner needs per byte of input: it has no back-pressure, so it reads the whole input at once
   * and holds every article until duplicates are known. Measured by JobBench at main dbc2c8c (raw output in
   * docs/performance/last-run.txt, run 2): a peak heap after collection of 759 MB on 10,000 SaudiNewsNet articles
   * (47 MB of JSON Lines, 16 times) and 654 MB on 10,000 generated pages (29 MB, 22 times).
   */
  static final int DIRECT_RUNNER_HEAP_PER_INPUT_BYTE = 20;

  /**
   * What to do instead, when an input of {@code inputBytes} will not fit in the DirectRunner's {@code maxHeap};
   * null when it will.
   */
  static String directRunnerMemoryAdvice(long inputBytes, long maxHeap) {
    long needed = inputBytes * DIRECT_RUNNER_HEAP_PER_INPUT_BYTE;
    if (needed <= maxHeap) {
      return null;
    }
    return String.format(Locale.ROOT, "The input is %,d MB and the DirectRunner holds a whole run in memory (about "
        + "%d times the input; more for compressed files), so this JVM's %,d MB heap will likely run out. Run it on "
        + "Flink embedded instead, which spills to disk (build with -Pflink, add --runner=FlinkRunner "
        + "--flinkMaster=[local] --parallelism=2), or give the JVM -Xmx%dg or more.",
        inputBytes >> 20, DIRECT_RUNNER_HEAP_PER_INPUT_BYTE, maxHeap >> 20, (needed >> 30) + 1);
  }

  /**
   * For a job run from the command line on the DirectRunner, turns off the runner's immutability and
   * encodability checks unless the arguments set them. They exist to catch bugs in tests (where TestPipeline
   * keeps them on): they re-encode every element and keep encoded copies of each bundle's outputs, which
   * multiplies the job's time and heap (docs/performance.md has the measurement). Also lets {@code run()}
   * return at once, so the launcher can log progress while it waits.
   */
  static void relaxDirectRunnerChecks(ArabicNewsTriplesOptions options, String[] args) {
    if (options.getRunner() != DirectRunner.class) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    direct.setBlockOnRun(false);
  }

  static ArabicNormalizer.Profile profile(ArabicNewsTriplesOptions options) {
    try {
      return ArabicNormalizer.Profile.valueOf(options.getNormalization().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown --normalization=" + options.getNormalization() + ". Use display or match.", e);
    }
  }

  /** The normalizer switches; --foldHamzaCarriers needs the match profile. */
  static EnumSet<ArabicNormalizer.Option> normalizerOptions(ArabicNewsTriplesOptions options) {
    EnumSet<ArabicNormalizer.Option> switches = EnumSet.noneOf(ArabicNormalizer.Option.class);
    if (options.getAsciiDigits()) {
      switches.add(ArabicNormalizer.Option.ASCII_DIGITS);
    }
    if (options.getFoldHamzaCarriers()) {
      if (profile(options) != ArabicNormalizer.Profile.MATCH) {
        throw new IllegalArgumentException("--foldHamzaCarriers needs --normalization=match; display keeps letters "
            + "as written.");
      }
      switches.add(ArabicNormalizer.Option.FOLD_HAMZA_CARRIERS);
    }
    return switches;
  }

  private static void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("--" + option + "=" + value + " is too small; it must be at least " + min + ".");
    }
  }
}
