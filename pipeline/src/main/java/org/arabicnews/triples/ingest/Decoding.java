package org.arabicnews.triples.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns input bytes into text: UTF-8, a leading byte-order mark dropped, invalid bytes replaced by U+FFFD. */
final class Decoding {
  static final char BYTE_ORDER_MARK = '\uFEFF';
  static final char REPLACEMENT = '\uFFFD';

  private Decoding() {}

  static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** {@code text} without a leading byte-order mark. */
  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * Whether text looks like binary data read as text: a NUL, or more than one char in ten a control char.
   * Replacement chars from invalid UTF-8 do not count: text in another encoding is not binary.
   */
  static boolean looksBinary(CharSequence text) {
    int controls = 0;
    int n = Math.min(text.length(), 8192);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      }
    }
    return n > 0 && controls * 10 > n;
  }
}
