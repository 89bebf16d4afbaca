package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/** The --input option: comma-separated globs or directories. */
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
   * The files a pattern names: the files its glob matches, or for a directory every file under it, at any
   * depth, except hidden ones (a name starting with '.' or '_', such as .crc files and _SUCCESS markers).
   */
  static List<MatchResult.Metadata> expand(String pattern) throws IOException {
    List<MatchResult.Metadata> matched = match(pattern);
    if (matched.size() == 1 && matched.get(0).resourceId().isDirectory()) {
      ResourceId dir = matched.get(0).resourceId();
      List<MatchResult.Metadata> files = new ArrayList<>();
      String base = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
      for (MatchResult.Metadata file : match(base + "**")) {
        if (!file.resourceId().isDirectory() && !isHidden(file.resourceId().toString().substring(base.length()))) {
          files.add(file);
        }
      }
      return files;
    }
    List<MatchResult.Metadata> files = new ArrayList<>(matched.size());
    for (MatchResult.Metadata file : matched) {
      if (!file.resourceId().isDirectory()) {
        files.add(file);
      }
    }
    return files;
  }

  /**
   * The files of every pattern, in order, each once however many patterns name it (overlapping globs must not
   * read a file twice). A pattern that names no file, or cannot be listed, goes to {@code unmatched} with what
   * went wrong.
   */
  static List<MatchResult.Metadata> expandAll(List<String> patterns, BiConsumer<String, String> unmatched) {
    List<MatchResult.Metadata> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String pattern : patterns) {
      List<MatchResult.Metadata> found;
      try {
        found = expand(pattern);
      } catch (IOException | IllegalArgumentException e) {
        unmatched.accept(pattern, "The input pattern cannot be listed: " + e);
        continue;
      }
      if (found.isEmpty()) {
        unmatched.accept(pattern, "The input pattern matched no file.");
      }
      for (MatchResult.Metadata file : found) {
        if (seen.add(file.resourceId().toString())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<MatchResult.Metadata> match(String pattern) throws IOException {
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    return match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
  }

  private static boolean isHidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Bytes in the files the patterns name, as stored (compressed files count compressed). */
  static long totalBytes(String input) {
    long bytes = 0;
    for (MatchResult.Metadata file : expandAll(patterns(input), (pattern, why) -> {})) {
      bytes += file.sizeBytes();
    }
    return bytes;
  }

  /**
   * Fails with a message naming the option when no pattern matches a file. Run at launch, so a typo in
   * --input stops the job before any work, instead of producing empty tables.
   */
  static void requireSomeMatch(String input) {
    List<String> patterns = patterns(input);
    for (String pattern : patterns) {
      try {
        if (!expand(pattern).isEmpty()) {
          return;
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("--input=" + input + ": cannot list '" + pattern + "': " + e.getMessage()
            + ". Check the path and that the filesystem (gs://, s3://, hdfs://) is on the classpath.", e);
      }
    }
    throw new IllegalArgumentException("--input=" + input + " matches no file. Give a glob or a directory that "
        + "holds the dump files, e.g. --input='dumps/2026-11-*/*.jsonl.gz'; several may be separated by commas.");
  }
}
