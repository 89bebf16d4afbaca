package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arabicnews.triples.Reason;
import org.junit.jupiter.api.Test;

class TextPageReaderTest {
  private static CollectingSink read(byte[] bytes, int maxChars) {
    CollectingSink sink = new CollectingSink();
    new TextPageReader(maxChars).read(new ByteArrayInputStream(bytes), "/pages/p.txt", sink);
    return sink;
  }

  private static CollectingSink read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), 100_000);
  }

  @Test
  void wholeFileIsOnePage_withBomDroppedAndLineEndsUnified() {
    InputRecord r = read("\uFEFFسطر أول\r\nسطر ثان\rثالث").records.get(0);
    assertEquals("سطر أول\nسطر ثان\nثالث", r.body());
    assertEquals("page", r.locator());
    assertEquals(List.of(), r.flags());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRejected() {
    assertEquals(Reason.EMPTY_RECORD, read("").rejections.get(0).reason());
    CollectingSink.Rejection blank = read(" \n\t\n").rejections.get(0);
    assertEquals(Reason.EMPTY_RECORD, blank.reason());
    assertEquals("The file holds only whitespace.", blank.message());
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 8, 0};
    assertEquals(Reason.BINARY_CONTENT, read(bytes, 1000).rejections.get(0).reason());
  }

  @Test
  void pageOverTheLimitIsRejected() {
    CollectingSink.Rejection r = read("ن".repeat(20_000).getBytes(StandardCharsets.UTF_8), 10_000).rejections.get(0);
    assertEquals(Reason.RECORD_TOO_LARGE, r.reason());
    assertTrue(r.message().contains("--maxArticleChars=10000"), r.message());
  }

  @Test
  void invalidUtf8IsReplacedAndFlagged() {
    byte[] bytes = {(byte) 0xD8, (byte) 0xA8, ' ', (byte) 0xFF, ' ', (byte) 0xD8, (byte) 0xA8};
    InputRecord r = read(bytes, 1000).records.get(0);
    assertEquals("ب \uFFFD ب", r.body());
    assertEquals(List.of("invalid_utf8_replaced"), r.flags());
  }
}
