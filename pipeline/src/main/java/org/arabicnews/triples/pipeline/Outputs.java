package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/** The --output directory: its '{date}' placeholder, and the rule that one run never mixes with another's files. */
final class Outputs {
  static final String DATE_PLACEHOLDER = "{date}";

  private Outputs() {}

  /** --output with '{date}' replaced by --runDate, or by today's UTC date when --runDate is empty. */
  static String resolve(String output, String runDate) {
    String date;
    if (runDate == null || runDate.isBlank()) {
      date = LocalDate.now(ZoneOffset.UTC).toString();
    } else {
      try {
        date = LocalDate.parse(runDate.strip()).toString();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--runDate=" + runDate + " is not a date; write it as yyyy-MM-dd.", e);
      }
    }
    return output.replace(DATE_PLACEHOLDER, date);
  }

  /**
   * Makes sure the job may write to {@code output}: an empty or missing directory is fine; one holding a
   * previous run's files is refused, or, with {@code overwrite}, emptied of them first (the {@code _SUCCESS}
   * marker before anything else, so a rerun that fails never looks complete).
   */
  static void prepare(String output, boolean overwrite) throws IOException {
    List<ResourceId> previous = previousRunFiles(output);
    if (previous.isEmpty()) {
      return;
    }
    if (!overwrite) {
      throw new IllegalArgumentException("--output=" + output + " already holds the output of a run ("
          + previous.get(0) + (previous.size() > 1 ? " and " + (previous.size() - 1) + " more files" : "")
          + "). Pass --overwrite to replace it, or choose another --output (e.g. one with '{date}' in it).");
    }
    previous.sort((a, b) -> Boolean.compare(!isSuccessMarker(a), !isSuccessMarker(b)));
    FileSystems.delete(previous, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /**
   * Fails, naming the option, when no file can be created under {@code output}: a hidden probe file is created
   * and deleted at launch, so a read-only or mistyped location stops the job before any work, not at the end.
   */
  static void requireWritable(String output) {
    try {
      ResourceId probe = FileSystems.matchNewResource(output, true)
          .resolve(".write-check-" + UUID.randomUUID(), ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      FileSystems.create(probe, MimeTypes.BINARY).close();
      FileSystems.delete(List.of(probe));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("--output=" + output + " is not writable: " + e.getMessage() + ". Give a "
          + "directory the job may create files in (it is created if missing), on a filesystem on the classpath.", e);
    }
  }

  private static boolean isSuccessMarker(ResourceId file) {
    return JobRun.SUCCESS_MARKER.equals(file.getFilename());
  }

  /** The files a run writes under {@code output}: the markers and every table's part files. */
  private static List<ResourceId> previousRunFiles(String output) throws IOException {
    ResourceId dir = FileSystems.matchNewResource(output, true);
    List<String> patterns = new ArrayList<>(List.of(
        file(dir, JobRun.SUCCESS_MARKER), file(dir, JobRun.SUMMARY_FILE)));
    for (var table : WriteTables.TABLES.keySet()) {
      patterns.add(WriteTables.tableDir(output, table.getId()).resolve("*", ResolveOptions.StandardResolveOptions.RESOLVE_FILE)
          .toString());
    }
    List<ResourceId> found = new ArrayList<>();
    for (MatchResult match : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : match.metadata()) {
          found.add(m.resourceId());
        }
      }
    }
    return found;
  }

  private static String file(ResourceId dir, String name) {
    return dir.resolve(name, ResolveOptions.StandardResolveOptions.RESOLVE_FILE).toString();
  }
}
