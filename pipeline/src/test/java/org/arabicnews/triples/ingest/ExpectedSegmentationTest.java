package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of testdata/pages, read and segmented as the job does, against its expected segmentation in
 * testdata/expected/&lt;page&gt;.json: per segment its kind, title, source, dateline, agency, tags, related
 * headlines, flags, the first and last words of its text and its number of paragraphs.
 */
class ExpectedSegmentationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RecordSplitter SPLITTER = new RecordSplitter(new PageSegmenter());
  /** Markers and residue that must never be left in an article's text. */
  private static final List<String> FURNITURE = List.of("المصدر:", "كلمات دلالية", "الكلمات المفتاحية", "إقرأ أيضاً",
      "اقرأ أيضا", "شاهد أيضا", "طباعة", "مقالات مشابهة", "أخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة",
      "Next Previous", "إضافة أولى", "الرئيسية", "حجم الخط", "تابعونا", "جميع الحقوق", "التعليقات", "آخر تحديث",
      "(النهاية)", "&quot;", "•", "●");

  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(Paths.testdata("pages"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void everyPageHasItsExpectedSegmentation_andNoExpectationIsOrphaned() throws IOException {
    List<String> expected;
    try (Stream<Path> files = Files.list(Paths.testdata("expected"))) {
      expected = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
    }
    assertEquals(pages().toList(), expected);
    assertTrue(expected.size() >= 20, "testdata/pages holds " + expected.size() + " pages");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageSegmentsAsCheckedIn(String page) throws IOException {
    JsonNode expected = JSON.readTree(Paths.testdata("expected/" + page + ".json").toFile()).get("segments");
    List<ArticleDraft> articles = read(page);
    assertEquals(describeKinds(expected), articles.stream().map(ArticleDraft::segmentKind).toList(), page + ": segments");
    for (int i = 0; i < articles.size(); i++) {
      ArticleDraft a = articles.get(i);
      JsonNode e = expected.get(i);
      String where = page + " segment " + i + " (" + a.segmentKind() + ")";
      assertEquals(text(e, "title"), a.title(), where + ": title");
      assertEquals(text(e, "source"), a.sourceName(), where + ": source");
      assertEquals(text(e, "dateline"), a.dateline(), where + ": dateline");
      assertEquals(text(e, "agency"), a.agency(), where + ": agency");
      assertEquals(strings(e.get("keywords")), a.keywords(), where + ": keywords");
      assertEquals(strings(e.get("related_headlines")), a.relatedHeadlines(), where + ": related headlines");
      assertEquals(strings(e.get("flags")), a.flags(), where + ": flags");
      assertTrue(a.text().startsWith(e.get("text_first_words").asText()), where + ": text starts " + start(a.text()));
      assertTrue(a.text().endsWith(e.get("text_last_words").asText()), where + ": text ends " + end(a.text()));
      int paragraphs = a.text().isEmpty() ? 0 : a.text().split("\n\n").length;
      assertEquals(e.get("paragraphs").asInt(), paragraphs, where + ": paragraphs");
      for (String part : strings(e.get("text_contains"))) {
        assertTrue(a.text().contains(part), where + ": text lacks " + part);
      }
      for (String furniture : FURNITURE) {
        assertTrue(!a.text().contains(furniture), where + ": furniture left in the text: " + furniture);
      }
    }
  }

  private static List<ArticleDraft> read(String page) throws IOException {
    Path file = Paths.testdata("pages/" + page);
    CollectingSink sink = new CollectingSink();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = page.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      new TextPageReader(2_000_000).read(in, file.toString(), sink);
    }
    assertEquals(List.of(), sink.rejections, page);
    return SPLITTER.split(sink.records.get(0));
  }

  private static List<String> describeKinds(JsonNode segments) {
    List<String> kinds = new ArrayList<>();
    segments.forEach(s -> kinds.add(s.get("kind").asText()));
    return kinds;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  private static String start(String text) {
    return text.substring(0, Math.min(60, text.length()));
  }

  private static String end(String text) {
    return text.substring(Math.max(0, text.length() - 60));
  }
}
