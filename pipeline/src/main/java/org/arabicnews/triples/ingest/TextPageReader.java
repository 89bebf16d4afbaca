package org.arabicnews.triples.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
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
    boolean tooLarge = false;
    try (Reader reader = Decoding.utf8(in)) {
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        if (page.length() + n > maxChars) {
          tooLarge = true;
          break;
        }
        page.append(buffer, 0, n);
      }
    } catch (EOFException | ZipException e) {
      sink.reject(LOCATOR, Reason.TRUNCATED_INPUT, "The compressed file ends early or is corrupt: " + e.getMessage(),
          Excerpt.of(page));
      return;
    } catch (IOException e) {
      sink.reject(LOCATOR, Reason.FILE_UNREADABLE, "Could not read the file: " + e, Excerpt.of(page));
      return;
    }
    if (tooLarge) {
      sink.reject(LOCATOR, Reason.RECORD_TOO_LARGE,
          "The page is longer than --maxArticleChars=" + maxChars + " chars.", Excerpt.of(page));
      return;
    }
    String text = Decoding.stripBom(page.toString());
    if (text.isBlank()) {
      sink.reject(LOCATOR, Reason.EMPTY_RECORD,
          text.isEmpty() ? "The file is empty." : "The file holds only whitespace.", null);
      return;
    }
    if (Decoding.looksBinary(text)) {
      sink.reject(LOCATOR, Reason.BINARY_CONTENT, "The file is not text (NUL bytes or control characters).",
          Excerpt.of(text.replace('\0', ' ')));
      return;
    }
    List<String> flags = new ArrayList<>();
    if (text.indexOf(Decoding.REPLACEMENT) >= 0) {
      flags.add("invalid_utf8_replaced");
    }
    String body = text.replace("\r\n", "\n").replace('\r', '\n');
    sink.accept(new InputRecord(inputUri, LOCATOR, InputFormat.TEXT, null, null, body, null, null, null, flags));
  }
}
