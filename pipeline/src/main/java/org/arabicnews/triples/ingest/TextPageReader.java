package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.Excerpt;
import org.arabicnews.triples.Reason;

/** Reads a file that holds one scraped page. */
public final class TextPageReader {
  static final String LOCATOR = "page";

  private final int maxChars;

  /** @param maxChars the longest page accepted; a longer one is rejected without being held whole */
  public TextPageReader(int maxChars) {
    this.maxChars = maxChars;
  }

  public void read(InputStream in, String inputUri, RecordSink sink) {
    StringBuilder page = new StringBuilder();
    Decoding.Opened opened;
    try {
      opened = Decoding.open(in);
      if (opened.binary) {
        sink.reject(LOCATOR, Reason.BINARY_CONTENT,
            "The file is not text: it has NUL bytes or more than one control byte in ten.", null);
        return;
      }
      char[] buffer = new char[8192];
      int n;
      while ((n = opened.reader.read(buffer)) > 0) {
        if (page.length() + n > maxChars) {
          sink.reject(LOCATOR, Reason.RECORD_TOO_LARGE,
              "The page is longer than --maxArticleChars=" + maxChars + " chars; reading stopped there.",
              Excerpt.of(page));
          return;
        }
        page.append(buffer, 0, n);
      }
    } catch (IOException e) {
      Readers.rejectReadFailure(sink, LOCATOR, e, "the page", page);
      return;
    }
    if (page.toString().isBlank()) {
      sink.reject(LOCATOR, Reason.EMPTY_RECORD,
          page.length() == 0 ? "The file is empty." : "The file holds only whitespace.", null);
      return;
    }
    List<String> flags = new ArrayList<>();
    opened.addFlags(page, flags);
    String body = Readers.unifyLineEnds(page.toString());
    sink.accept(new InputRecord(inputUri, LOCATOR, InputFormat.TEXT, null, null, body, null, null, null, flags));
  }
}
