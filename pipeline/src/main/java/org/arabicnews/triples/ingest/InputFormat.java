package org.arabicnews.triples.ingest;

import java.util.Locale;

/** How an input file holds its records. */
public enum InputFormat {
  /** Chosen per file from its extension. */
  AUTO,
  /** One scraped page per file. */
  TEXT,
  /** One JSON object per line. */
  JSONL;

  private static final String[] COMPRESSION_SUFFIXES = {".gz", ".gzip", ".bz2", ".zst", ".zstd", ".deflate", ".zip"};

  /** The format of {@code fileName}: this one, or for AUTO the one its extension (under any compression) names. */
  public InputFormat resolve(String fileName) {
    if (this != AUTO) {
      return this;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    return TEXT;
  }

  /** The name used in options and in the data: "text", "jsonl". */
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
        "Unknown input format '" + value + "'. Use one of: auto, text, jsonl.");
  }
}
