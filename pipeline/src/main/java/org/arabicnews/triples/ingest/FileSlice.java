package org.arabicnews.triples.ingest;

import java.io.Serializable;

/**
 * The part of a file one reader reads: all of it, or a byte range that starts and ends on line boundaries
 * (found by {@link LineRanges}), with the number its first line has in the file so locators stay exact.
 *
 * @param start first byte
 * @param end byte after the last, or -1 for the end of the file
 * @param firstLine 1-based number of the line that starts at {@code start}
 */
public record FileSlice(long start, long end, long firstLine) implements Serializable {
  public static final FileSlice WHOLE = new FileSlice(0, -1, 1);

  public boolean whole() {
    return start == 0 && end < 0;
  }

  /** Bytes in the slice, or -1 when it runs to the end of the file. */
  public long length() {
    return end < 0 ? -1 : end - start;
  }
}
