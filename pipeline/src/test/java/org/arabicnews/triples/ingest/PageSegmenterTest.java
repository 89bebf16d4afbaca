package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

class PageSegmenterTest {
  private final PageSegmenter segmenter = new PageSegmenter();

  private List<Segment> segmentTestdata(String page) throws IOException {
    return segmenter.segment(Files.readString(Paths.testdata("pages/" + page)), null);
  }

  @Test
  void pageWithEmbeddedArticleAndHeadlines_isCutIntoItsParts() throws IOException {
    List<Segment> segments = segmentTestdata("001-morocco-russia-talks.txt");
    assertEquals(List.of("main", "read_also", "related_headline", "related_headline", "related_headline"),
        segments.stream().map(Segment::kind).toList());

    Segment main = segments.get(0);
    assertTrue(main.text().startsWith("أجرى وزير الشؤون الخارجية المغربي"), main.text());
    assertTrue(main.text().endsWith("وأمن الملاحة في البحر الأبيض المتوسط."), main.text());
    assertEquals("وكالة الأنباء المحلية", main.sourceName());
    assertEquals(List.of("ناصر بوريطة", "سيرغي لافروف", "العلاقات المغربية الروسية", "موسكو"), main.keywords());
    assertEquals(List.of(
        "الرئيس التونسي يتلقى اتصالاً هاتفياً من رئيس الوزراء الباكستاني",
        "المغرب وروسيا توقعان اتفاقاً للتعاون في مجال الصيد البحري",
        "وزير الخارجية الجزائري يستقبل سفير اليابان الجديد"), main.relatedHeadlines());

    Segment embedded = segments.get(1);
    assertEquals("باكستان وتونس تتفقان على تنسيق مواقفهما في المنظمات الدولية", embedded.title());
    assertTrue(embedded.text().startsWith("اتفقت باكستان وتونس على تنسيق"), embedded.text());
    assertTrue(embedded.text().endsWith("التعليم العالي والصحة."), embedded.text());
    assertEquals(List.of("باكستان تونس المشاورات السياسية"), embedded.keywords());

    Segment headline = segments.get(2);
    assertEquals(headline.title(), headline.text());
  }

  @Test
  void furnitureNeverReachesTheText() throws IOException {
    for (Segment s : segmentTestdata("001-morocco-russia-talks.txt")) {
      for (String furniture : List.of("المصدر", "كلمات دلالية", "إقرأ أيضاً", "طباعة", "شارك", "مقالات مشابهة", "•")) {
        assertFalse(s.text().contains(furniture), s.kind() + " text contains " + furniture);
      }
    }
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() throws IOException {
    String text = segmentTestdata("001-morocco-russia-talks.txt").get(0).text();
    assertEquals(4, text.split("\n\n").length);
    assertFalse(text.contains("\n\n\n"));
  }

  @Test
  void explicitSeparatorsSplitTags_aFlattenedLineStaysOneTag() {
    assertEquals(List.of("مصر", "فرنسا", "اتصال هاتفي"), PageSegmenter.tags("مصر، فرنسا ,اتصال هاتفي"));
    assertEquals(List.of("مصر فرنسا"), PageSegmenter.tags("مصر فرنسا"));
  }

  @Test
  void exportTitleIsKeptForTheMainArticle() {
    Segment main = segmenter.segment("نص الخبر.", "العنوان").get(0);
    assertEquals("العنوان", main.title());
    assertNull(main.sourceName());
  }

  @Test
  void samplePage_sectionsComeOutRight() throws IOException {
    String page = Files.readString(Paths.shared("seeds/000_bbd7c266d0fab037.txt"));
    List<Segment> segments = segmenter.segment(page, null);
    Segment main = segments.get(0);
    assertEquals("بوابة الوفد", main.sourceName());
    assertEquals(10, main.relatedHeadlines().size());
    assertTrue(main.text().startsWith("أجرى وزير الشؤون الخارجية"), main.text());
    assertTrue(main.text().endsWith("بين الرباط وموسكو."), main.text());
    Segment embedded = segments.get(1);
    assertEquals("read_also", embedded.kind());
    assertTrue(embedded.title().startsWith("باكستان وتونس تبحثان"), embedded.title());
    assertTrue(embedded.text().startsWith("اتفقت باكستان وتونس"), embedded.text());
    assertEquals(12, segments.size());
    for (Segment s : segments) {
      assertFalse(s.text().contains("طباعة") || s.text().contains("المصدر:") || s.text().contains("كلمات دلالية"));
    }
  }
}
