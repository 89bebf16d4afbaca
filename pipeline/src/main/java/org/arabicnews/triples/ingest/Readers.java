package org.arabicnews.triples.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;
import org.arabicnews.triples.Excerpt;
import org.arabicnews.triples.Reason;

/** What the record readers share: how a failed read is reported, and line ends. */
final class Readers {
  private Readers() {}

  /** Whether {@code e} says the (compressed) input ends early or is corrupt, rather than cannot be read. */
  static boolean isTruncation(IOException e) {
    return e instanceof Streams.CorruptInputException || e instanceof EOFException || e instanceof ZipException;
  }

  /** Reports a read that failed part way: truncated_input for damaged compressed data, else file_unreadable. */
  static void rejectReadFailure(RecordSink sink, String locator, IOException e, String what, CharSequence readSoFar) {
    if (isTruncation(e)) {
      sink.reject(locator, Reason.TRUNCATED_INPUT,
          "The compressed file ends early or is corrupt while reading " + what + ": " + e.getMessage(),
          Excerpt.of(readSoFar));
    } else {
      sink.reject(locator, Reason.FILE_UNREADABLE, "Could not read " + what + ": " + e, Excerpt.of(readSoFar));
    }
  }

  /** \r\n and a lone \r become \n. */
  static String unifyLineEnds(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
