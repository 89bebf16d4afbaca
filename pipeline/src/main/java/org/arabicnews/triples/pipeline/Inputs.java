package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** The --input option: comma-separated globs. */
final class Inputs {
  private Inputs() {}

  static List<String> patterns(String input) {
    List<String> patterns = new ArrayList<>();
    for (String p : input.split(",")) {
      if (!p.isBlank()) {
        patterns.add(p.strip());
      }
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("--input is empty: give one or more file globs, separated by commas.");
    }
    return patterns;
  }

  /**
   * Fails with a message naming the option when no pattern matches a file. Run at launch, so a typo in
   * --input stops the job before any work, instead of producing empty tables.
   */
  static void requireSomeMatch(String input) {
    List<String> patterns = patterns(input);
    for (String pattern : patterns) {
      try {
        MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
        if (match.status() == MatchResult.Status.OK && !match.metadata().isEmpty()) {
          return;
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("--input=" + input + ": cannot list '" + pattern + "': " + e.getMessage()
            + ". Check the path and that the filesystem (gs://, s3://, hdfs://) is on the classpath.", e);
      }
    }
    throw new IllegalArgumentException("--input=" + input + " matches no file. Give a glob that matches the dump "
        + "files, e.g. --input='dumps/2026-11-*/*.jsonl.gz'; several globs may be separated by commas.");
  }
}
