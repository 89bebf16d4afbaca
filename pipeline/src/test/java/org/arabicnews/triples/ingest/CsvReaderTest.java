package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arabicnews.triples.Reason;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static CollectingSink read(String csv, String mapping, int maxChars) {
    return read(csv, mapping, maxChars, StandardCharsets.UTF_8);
  }

  private static CollectingSink read(String csv, String mapping, int maxChars, Charset charset) {
    CollectingSink sink = new CollectingSink();
    new CsvReader(FieldMapping.parse(mapping, "csvFields"), maxChars)
        .read(new ByteArrayInputStream(csv.getBytes(charset)), "/x/export.csv", sink);
    return sink;
  }

  private static List<String> describe(CollectingSink sink) {
    List<String> out = new java.util.ArrayList<>();
    sink.records.forEach(r -> out.add(r.locator() + "|" + r.recordId() + "|" + r.title() + "|" + r.body()));
    sink.rejections.forEach(r -> out.add(r.locator() + "|" + r.reason().code()));
    return out;
  }

  @Test
  void headerNamesTheColumns_quotedFieldsHoldCommasBreaksAndQuotes() {
    CollectingSink sink = read("id,title,content,source\r\n"
        + "a1,عنوان أول,\"نص، فيه فاصلة\r\nوسطر ثان و\"\"اقتباس\"\"\",okaz\r\n"
        + "a2,,نص قصير,\r\n", null, 10_000);
    assertEquals(List.of("row:2|a1|عنوان أول|نص، فيه فاصلة\nوسطر ثان و\"اقتباس\"", "row:3|a2|null|نص قصير"),
        describe(sink));
    assertEquals("okaz", sink.records.get(0).sourceName());
    assertNull(sink.records.get(1).sourceName());
    assertEquals(InputFormat.CSV, sink.records.get(0).format());
  }

  @Test
  void columnsAreMapped_byExactName_elseIgnoringCase() {
    CollectingSink sink = read("Headline,BODY\nعنوان,نص\n", "title=Headline,text=body", 10_000);
    assertEquals(List.of("row:2|null|عنوان|نص"), describe(sink));
  }

  @Test
  void brokenRowsAreRejected_andReadingGoesOnAtTheNextLine() {
    CollectingSink sink = read("id,content\n"
        + "a1,\"نص\" زائد\n"
        + "a2,نص,عمود زائد\n"
        + "a3,\n"
        + "a4,نص سليم\n", null, 10_000);
    assertEquals(List.of("row:5|a4|null|نص سليم", "row:2|malformed_csv", "row:3|malformed_csv", "row:4|missing_text"),
        describe(sink));
    assertTrue(sink.rejections.get(0).message().startsWith("Row 2 (line 2): text after a closing quote"),
        sink.rejections.get(0).message());
    assertTrue(sink.rejections.get(1).message().contains("has 3 fields; the header has 2"));
  }

  @Test
  void aQuoteThatNeverCloses_takesTheRestOfTheFile_andSaysWhereItOpened() {
    CollectingSink sink = read("id,content\na1,نص\na2,\"نص بلا إغلاق\na3,نص\na4,نص\n", null, 10_000);
    assertEquals(List.of("row:2|a1|null|نص", "row:3|malformed_csv"), describe(sink));
    assertTrue(sink.rejections.get(0).message().contains("a quote opened on line 3 never closes"),
        sink.rejections.get(0).message());
  }

  @Test
  void aRowOverTheLimit_isRejectedWithoutBeingHeld_andTheNextIsRead() {
    CollectingSink sink = read("id,content\na1,\"" + "ن".repeat(5000) + "\"\na2,قصير\n", null, 1000);
    assertEquals(List.of("row:3|a2|null|قصير", "row:2|record_too_large"), describe(sink));
    assertTrue(sink.rejections.get(0).excerpt().length() <= 1024);
  }

  @Test
  void aHeaderWithoutTheTextColumn_rejectsTheFileOnce_namingTheColumns() {
    CollectingSink sink = read("id,body\na1,نص\na2,نص\n", null, 10_000);
    assertEquals(List.of("file|missing_text"), describe(sink));
    assertTrue(sink.rejections.get(0).message().contains("[id, body]"), sink.rejections.get(0).message());
  }

  @Test
  void emptyFile_headerOnly_andBlankLines() {
    assertEquals(List.of("file|empty_record"), describe(read("", null, 10_000)));
    assertEquals(List.of("file|empty_record"), describe(read("id,content\n\n\n", null, 10_000)));
    assertEquals(List.of("row:2|a1|null|نص"), describe(read("\uFEFFid,content\n\na1,نص\n\n", null, 10_000)));
  }

  @Test
  void legacyWindows1256Export_isDecodedAndFlagged() {
    CollectingSink sink = read("id,content\na1,استقبل الوزير نظيره الأردني في عمان\n", null, 10_000,
        Charset.forName("windows-1256"));
    assertEquals("استقبل الوزير نظيره الأردني في عمان", sink.records.get(0).body());
    assertEquals(List.of("decoded_windows_1256"), sink.records.get(0).flags());
  }

  @Test
  void aBinaryFileNamedCsv_isOneRejection() {
    CollectingSink sink = new CollectingSink();
    new CsvReader(FieldMapping.parse(null), 1000).read(new ByteArrayInputStream(new byte[] {1, 0, 2, 0, 3}), "/x.csv", sink);
    assertEquals(Reason.BINARY_CONTENT, sink.rejections.get(0).reason());
  }
}
