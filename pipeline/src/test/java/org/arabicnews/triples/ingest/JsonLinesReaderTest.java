package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.arabicnews.triples.Reason;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static final String URI = "/dumps/export.jsonl";

  private static CollectingSink read(String content, String mapping, int maxChars) {
    return read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), mapping, maxChars);
  }

  private static CollectingSink read(InputStream in, String mapping, int maxChars) {
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader(FieldMapping.parse(mapping), maxChars).read(in, URI, sink);
    return sink;
  }

  @Test
  void readsMappedFields_andNumbersTheLines() {
    CollectingSink sink = read("{\"id\":\"a1\",\"title\":\"عنوان\",\"content\":\"نص الخبر\",\"url\":\"u\","
        + "\"date_extracted\":\"2015-07-21 02:53:14\",\"source\":\"okaz\"}\n", null, 10_000);
    InputRecord r = sink.records.get(0);
    assertEquals(List.of("a1", "عنوان", "نص الخبر", "u", "2015-07-21 02:53:14", "okaz", "line:1"),
        List.of(r.recordId(), r.title(), r.body(), r.url(), r.published(), r.sourceName(), r.locator()));
    assertEquals(InputFormat.JSONL, r.format());
  }

  @Test
  void malformedLineIsRejectedWithItsLineNumber_andTheNextLinesStillRead() {
    CollectingSink sink = read("{\"content\":\"أ\"}\n{\"content\": \"ب\n{\"content\":\"ج\"}\n", null, 10_000);
    assertEquals(2, sink.records.size());
    assertEquals("line:3", sink.records.get(1).locator());
    CollectingSink.Rejection bad = sink.rejections.get(0);
    assertEquals(Reason.MALFORMED_JSON, bad.reason());
    assertEquals("line:2", bad.locator());
    assertTrue(bad.message().startsWith("Line 2 is not valid JSON"), bad.message());
  }

  @Test
  void lineThatIsNotAnObjectIsMalformed() {
    assertEquals(Reason.MALFORMED_JSON, read("[1,2]\n", null, 10_000).rejections.get(0).reason());
  }

  @Test
  void missingTextFieldNamesTheFieldAndTheOption() {
    CollectingSink.Rejection r = read("{\"title\":\"بلا نص\"}\n", null, 10_000).rejections.get(0);
    assertEquals(Reason.MISSING_TEXT, r.reason());
    assertTrue(r.message().contains("'content'") && r.message().contains("--jsonFields"), r.message());
  }

  @Test
  void textOfTheWrongTypeIsRejected() {
    CollectingSink.Rejection r = read("{\"content\":{\"p\":\"x\"}}\n", null, 10_000).rejections.get(0);
    assertEquals(Reason.WRONG_TYPE, r.reason());
  }

  @Test
  void optionalFieldOfTheWrongTypeIsDroppedAndFlagged() {
    InputRecord r = read("{\"content\":\"نص\",\"title\":[\"a\"],\"id\":42}\n", null, 10_000).records.get(0);
    assertNull(r.title());
    assertEquals("42", r.recordId());
    assertEquals(List.of("wrong_type:title"), r.flags());
  }

  @Test
  void nestedFieldsByDottedPath() {
    InputRecord r = read("{\"body\":{\"plain\":\"نص متداخل\"},\"meta\":{\"date\":\"2026-01-02\"}}\n",
        "text=body.plain,published=meta.date", 10_000).records.get(0);
    assertEquals("نص متداخل", r.body());
    assertEquals("2026-01-02", r.published());
  }

  @Test
  void byteOrderMarkAndCrlfAreHandled() {
    CollectingSink sink = read("\uFEFF{\"content\":\"سطر\\r\\nثان\"}\r\n{\"content\":\"ب\"}\r\n", null, 10_000);
    assertEquals(2, sink.records.size());
    assertEquals("سطر\nثان", sink.records.get(0).body());
    assertEquals("line:2", sink.records.get(1).locator());
  }

  @Test
  void overlongLineIsRejectedWithoutBeingHeldWhole_andReadingGoesOn() {
    String longLine = "{\"content\":\"" + "ن".repeat(50_000) + "\"}";
    CollectingSink sink = read(longLine + "\n{\"content\":\"قصير\"}\n", null, 5_000);
    assertEquals(Reason.RECORD_TOO_LARGE, sink.rejections.get(0).reason());
    assertTrue(sink.rejections.get(0).excerpt().length() <= 1024);
    assertEquals("قصير", sink.records.get(0).body());
    assertEquals("line:2", sink.records.get(0).locator());
  }

  @Test
  void aSliceIsNumberedFromItsFirstLine_andAnEmptySliceRejectsNothing() {
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader(FieldMapping.parse(null), 10_000).read(new ByteArrayInputStream(
        "{\"content\":\"أ\"}\n\n{\"content\": oops}\n".getBytes(StandardCharsets.UTF_8)), URI, new FileSlice(500, 540, 41), sink);
    assertEquals("line:41", sink.records.get(0).locator());
    assertEquals("line:43", sink.rejections.get(0).locator());
    CollectingSink blank = new CollectingSink();
    new JsonLinesReader(FieldMapping.parse(null), 10_000).read(
        new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)), URI, new FileSlice(10, 12, 9), blank);
    assertEquals(List.of(), blank.rejections);
  }

  @Test
  void onlyTheLinesHoldingAReplacedByte_areFlagged() {
    byte[] good = "{\"content\":\"سليم\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"content\":\"x\u00FF\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[good.length + bad.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    CollectingSink sink = read(new ByteArrayInputStream(bytes), null, 10_000);
    assertEquals(List.of(), sink.records.get(0).flags());
    assertEquals("x\uFFFD", sink.records.get(1).body());
    assertEquals(List.of("invalid_utf8_replaced"), sink.records.get(1).flags());
  }

  @Test
  void binaryFileNamedJsonl_isOneRejectionForTheFile() {
    CollectingSink sink = read(new ByteArrayInputStream(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}), null, 10_000);
    assertEquals(List.of("file"), sink.rejections.stream().map(CollectingSink.Rejection::locator).toList());
    assertEquals(Reason.BINARY_CONTENT, sink.rejections.get(0).reason());
  }

  @Test
  void emptyFileAndBlankLinesOnlyAreOneRejectionForTheFile() {
    assertEquals(Reason.EMPTY_RECORD, read("", null, 10_000).rejections.get(0).reason());
    CollectingSink blank = read("\n  \n\n", null, 10_000);
    assertEquals(1, blank.rejections.size());
    assertEquals("file", blank.rejections.get(0).locator());
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheDamage() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"content\":\"خبر رقم ").append(i).append("\"}\n");
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    CollectingSink sink = read(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut)), null, 10_000);
    assertTrue(sink.records.size() > 0 && sink.records.size() < 2000, "read " + sink.records.size());
    CollectingSink.Rejection r = sink.rejections.get(sink.rejections.size() - 1);
    assertEquals(Reason.TRUNCATED_INPUT, r.reason());
  }
}
