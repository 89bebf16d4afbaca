package org.arabicnews.triples.pipeline;

import java.util.Locale;
import org.arabicnews.triples.ingest.FieldMapping;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.text.ArabicNormalizer;

/** Checks of option values that annotations cannot express, with messages that say what to change. */
final class Options {
  private Options() {}

  /** Throws IllegalArgumentException naming the first bad option. */
  static void validate(ArabicNewsTriplesOptions options) {
    Inputs.patterns(options.getInput());
    InputFormat.parse(options.getInputFormat());
    FieldMapping.parse(options.getJsonFields());
    profile(options);
    if (options.getOutput().isBlank()) {
      throw new IllegalArgumentException("--output is empty: give the directory the tables are written to.");
    }
    requireAtLeast("numShards", options.getNumShards(), 1);
    requireAtLeast("maxArticleChars", options.getMaxArticleChars(), 1_000);
    requireAtLeast("filesPerBatch", options.getFilesPerBatch(), 1);
    requireAtLeast("titleWindowDays", options.getTitleWindowDays(), 0);
    double threshold = options.getDuplicateThreshold();
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--duplicateThreshold=" + threshold + " is out of range; give a Jaccard "
          + "similarity in (0, 1], e.g. 0.8.");
    }
  }

  static ArabicNormalizer.Profile profile(ArabicNewsTriplesOptions options) {
    try {
      return ArabicNormalizer.Profile.valueOf(options.getNormalization().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown --normalization=" + options.getNormalization() + ". Use display or match.", e);
    }
  }

  private static void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("--" + option + "=" + value + " is too small; it must be at least " + min + ".");
    }
  }
}
