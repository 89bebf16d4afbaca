package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private static final String ARABIC = "استقبل وزير الخارجية نظيره الأردني، وبحثا العلاقات الثنائية.";

  private static String readAll(Reader r) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] b = new char[7];
    for (int n; (n = r.read(b)) > 0; ) {
      s.append(b, 0, n);
    }
    return s.toString();
  }

  private static Decoding.Opened open(byte[] bytes) throws IOException {
    return Decoding.open(new ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void plainUtf8_noFlag() throws IOException {
    Decoding.Opened o = open(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, readAll(o.reader));
    assertNull(o.encodingFlag);
    assertFalse(o.binary);
  }

  @Test
  void byteOrderMarks_decideTheEncoding_andAreDropped() throws IOException {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, readAll(open(utf8).reader));
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
    Decoding.Opened o = open(le);
    assertEquals(ARABIC, readAll(o.reader));
    assertEquals(Decoding.FLAG_UTF16, o.encodingFlag);
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(ARABIC, readAll(open(be).reader));
  }

  @Test
  void windows1256Arabic_isDetected_decodedAndFlagged() throws IOException {
    Decoding.Opened o = open(ARABIC.getBytes(Decoding.WINDOWS_1256));
    assertEquals(ARABIC, readAll(o.reader));
    assertEquals(Decoding.FLAG_WINDOWS_1256, o.encodingFlag);
    List<String> flags = new ArrayList<>();
    o.addFlags(ARABIC, flags);
    assertEquals(List.of("decoded_windows_1256"), flags);
  }

  @Test
  void utf8ArabicWithOneBadByte_staysUtf8_withTheByteReplacedAndFlagged() throws IOException {
    byte[] bytes = concat(ARABIC.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, ' ', (byte) 0xD8, (byte) 0xA8});
    Decoding.Opened o = open(bytes);
    assertEquals(ARABIC + "\uFFFD ب", readAll(o.reader));
    assertNull(o.encodingFlag);
    assertEquals(1, o.reader.replacements());
    List<String> flags = new ArrayList<>();
    o.addFlags("\uFFFD", flags);
    assertEquals(List.of("invalid_utf8_replaced"), flags);
  }

  @Test
  void aTruncatedSequenceAtTheEnd_isReplaced() throws IOException {
    byte[] bytes = {(byte) 0xD8, (byte) 0xA8, (byte) 0xD8};
    assertEquals("ب\uFFFD", readAll(open(bytes).reader));
  }

  @Test
  void aSequenceCutByTheSampleEdge_doesNotMakeTheInputLookInvalid() {
    byte[] bytes = "ب".repeat(10).getBytes(StandardCharsets.UTF_8);
    assertTrue(Decoding.isUtf8(bytes, bytes.length - 1));
    assertFalse(Decoding.isUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 2), "overlong form");
    assertFalse(Decoding.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3), "surrogate");
  }

  @Test
  void nulBytesOrManyControlBytes_meanBinary_aFewDoNot() throws IOException {
    assertTrue(open(new byte[] {'P', 'K', 3, 4, 0, 0}).binary);
    byte[] controls = new byte[100];
    Arrays.fill(controls, (byte) 'a');
    for (int i = 0; i < 11; i++) {
      controls[i * 9] = 0x01;
    }
    assertTrue(open(controls).binary);
    assertFalse(open("سطر\tبعمود\fوصفحة\r\n".getBytes(StandardCharsets.UTF_8)).binary);
  }

  @Test
  void aFailureWhileSampling_comesAfterTheBytesReadBeforeIt() throws IOException {
    byte[] head = "سطر أول\n".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(head),
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new java.io.EOFException("cut");
          }
        });
    Reader r = Decoding.open(failing).reader;
    char[] b = new char[100];
    int n = r.read(b);
    assertEquals("سطر أول\n", new String(b, 0, n));
    org.junit.jupiter.api.Assertions.assertThrows(java.io.EOFException.class, () -> r.read(b));
  }
}
