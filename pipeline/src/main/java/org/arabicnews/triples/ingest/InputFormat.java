package org.arabicnews.triples.ingest;

import java.util.Locale;

/** How an input file holds its records. */
public enum InputFormat {
  /** Chosen per file from its extension. */
  AUTO,
  /** One scraped page per file. */
  TEXT,
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 comma-separated values with a header row; one article per row. */
  CSV;

  /** The suffixes Beam's {@code Compression.detect} decompresses by. */
  private static final String[] COMPRESSION_SUFFIXES = {
      ".gz", ".bz2", ".zst", ".zstd", ".deflate", ".zlib", ".zip", ".snappy", ".lzo", ".lzo_deflate"};

  /** The format of {@code fileName}: this one, or for AUTO the one its extension (under any compression) names. */
  public InputFormat resolve(String fileName) {
    if (this != AUTO) {
      return this;
    }
    String name = withoutCompressionSuffix(fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return TEXT;
  }

  /** {@code fileName} without a compression suffix, if it has one. */
  private static String withoutCompressionSuffix(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return fileName.substring(0, fileName.length() - suffix.length());
      }
    }
    return fileName;
  }

  /** Whether files of this format can be cut into line-aligned slices and read in parallel. */
  public boolean splittable() {
    return this == JSONL;
  }

  /** The name used in options and in the data: "text", "jsonl", "csv". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an option value, case-insensitively. */
  public static InputFormat parse(String value) {
    for (InputFormat f : values()) {
      if (f.code().equalsIgnoreCase(value.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown input format '" + value + "'. Use one of: auto, text, jsonl, csv.");
  }
}
