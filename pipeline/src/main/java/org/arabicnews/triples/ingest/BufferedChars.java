package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.Reader;

/** The chars of a reader one at a time, through a buffer: what the line and CSV readers scan. */
final class BufferedChars {
  private final Reader in;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;

  BufferedChars(Reader in) {
    this.in = in;
  }

  /** The next char, or -1 at the end of input. */
  int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
