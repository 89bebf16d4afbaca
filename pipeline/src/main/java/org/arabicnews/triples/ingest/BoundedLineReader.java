package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a fixed number of chars: a longer line is skipped to its end
 * and reported, keeping only its first chars for the error report. Accepts \n, \r\n and \r line ends, the
 * same ones {@link LineRanges} counts.
 */
final class BoundedLineReader {
  private static final int KEEP_OF_LONG_LINE = 1024;

  private final BufferedChars in;
  private final int maxChars;
  private final StringBuilder line = new StringBuilder();
  private long lineNumber;
  private boolean tooLong;
  private boolean skipLineFeed;

  /** @param firstLineNumber the number of the first line this reader sees (1 at the start of a file) */
  BoundedLineReader(Reader in, int maxChars, long firstLineNumber) {
    this.in = new BufferedChars(in);
    this.maxChars = maxChars;
    this.lineNumber = firstLineNumber - 1;
  }

  /** Advances to the next line; false at the end of input. */
  boolean next() throws IOException {
    line.setLength(0);
    tooLong = false;
    int c = in.read();
    if (skipLineFeed) {
      skipLineFeed = false;
      if (c == '\n') {
        c = in.read();
      }
    }
    if (c == -1) {
      return false;
    }
    while (c != -1 && c != '\n' && c != '\r') {
      if (!tooLong) {
        if (line.length() < maxChars) {
          line.append((char) c);
        } else {
          tooLong = true;
          line.setLength(Math.min(line.length(), KEEP_OF_LONG_LINE));
        }
      }
      c = in.read();
    }
    skipLineFeed = c == '\r';
    lineNumber++;
    return true;
  }

  /** The current line, or its first chars when {@link #tooLong()}. */
  String line() {
    return line.toString();
  }

  /** Whether the current line was longer than the limit. */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * Number of the current line in its file, 1-based; while a line is being read (when reading it fails), the
   * number of the last line read whole.
   */
  long lineNumber() {
    return lineNumber;
  }
}
