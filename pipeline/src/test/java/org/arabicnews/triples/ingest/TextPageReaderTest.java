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
  void legacyWindows1256Page_isDecodedNotGarbled_andFlagged() {
    String page = "جدة: «المدينة»\n\nدشن أمير المنطقة مشروع الواجهة البحرية.";
    InputRecord r = read(page.getBytes(java.nio.charset.Charset.forName("windows-1256")), 1000).records.get(0);
    assertEquals(page, r.body());
    assertEquals(List.of("decoded_windows_1256"), r.flags());
  }

  @Test
  void utf16PageWithAByteOrderMark_isDecodedAndFlagged() {
    byte[] body = "خبر بترميز آخر.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    InputRecord r = read(bytes, 1000).records.get(0);
    assertEquals("خبر بترميز آخر.", r.body());
    assertEquals(List.of("decoded_utf16"), r.flags());
  }

  @Test
  void aPageWithNoArabic_isRead_likeAnyOther() {
    assertEquals("DUBAI (Reuters) - Ministers met.", read("DUBAI (Reuters) - Ministers met.").records.get(0).body());
  }

  @Test
  void invalidUtf8IsReplacedAndFlagged() {
    byte[] bytes = {(byte) 0xD8, (byte) 0xA8, ' ', (byte) 0xFF, ' ', (byte) 0xD8, (byte) 0xA8};
    InputRecord r = read(bytes, 1000).records.get(0);
    assertEquals("ب \uFFFD ب", r.body());
    assertEquals(List.of("invalid_utf8_replaced"), r.flags());
  }
}
