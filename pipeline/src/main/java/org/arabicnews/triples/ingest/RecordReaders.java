package org.arabicnews.triples.ingest;

import java.io.InputStream;

/** The reader for each input format, built once and handed every file or slice of a file. */
public final class RecordReaders {
  private final TextPageReader pages;
  private final JsonLinesReader jsonLines;
  private final CsvReader csv;

  /** @param maxChars the longest record accepted, in chars ({@code --maxArticleChars}) */
  public RecordReaders(FieldMapping jsonFields, FieldMapping csvFields, int maxChars) {
    this.pages = new TextPageReader(maxChars);
    this.jsonLines = new JsonLinesReader(jsonFields, maxChars);
    this.csv = new CsvReader(csvFields, maxChars);
  }

  /**
   * Reads the records of one file, or of one slice of it ({@link InputFormat#splittable()} formats only).
   *
   * @param format TEXT, JSONL or CSV (already resolved)
   * @param in the file's bytes, decompressed, from the slice's start to its end
   */
  public void read(InputFormat format, InputStream in, String inputUri, FileSlice slice, RecordSink sink) {
    switch (format) {
      case JSONL -> jsonLines.read(in, inputUri, slice, sink);
      case CSV -> csv.read(in, inputUri, sink);
      case TEXT -> pages.read(in, inputUri, sink);
      default -> throw new IllegalArgumentException("resolve the format per file first: " + format);
    }
  }
}
