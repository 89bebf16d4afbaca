package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/** One test per rule kind and per built-in step, with literal pages in and segments out. */
class PageSegmenterTest {
  private final PageSegmenter segmenter = new PageSegmenter();

  private Segment main(String page) {
    return segmenter.segment(page, null).get(0);
  }

  @Test
  void sourceLine_goesToSourceName_notToTheText() {
    Segment s = main("نص الخبر.\n\nالمصدر: وكالة الأنباء الأردنية");
    assertEquals("وكالة الأنباء الأردنية", s.sourceName());
    assertEquals("نص الخبر.", s.text());
  }

  @Test
  void keywordLine_withOrWithoutColon_givesTags() {
    assertEquals(List.of("مصر", "فرنسا"), main("نص.\n\nكلمات دلالية: مصر، فرنسا").keywords());
    assertEquals(List.of("مصر", "فرنسا"), main("نص.\n\nكلمات دلالية مصر، فرنسا").keywords());
    assertEquals(List.of("تونس", "الطاقات المتجددة"), main("نص.\n\nالكلمات المفتاحية: تونس | الطاقات المتجددة").keywords());
  }

  @Test
  void readAlsoMarker_inAnySpelling_startsAnEmbeddedArticle_titledByTheNextLine() {
    for (String marker : List.of("إقرأ أيضاً:", "اقرأ أيضا", "اقرأ ايضاً", "شاهد أيضا", "طالع أيضا")) {
      List<Segment> segments = segmenter.segment("الخبر الأول.\n\n" + marker + "\n\nعنوان مضمن\n\nنص مضمن.", null);
      assertEquals(List.of("main", "read_also"), segments.stream().map(Segment::kind).toList(), marker);
      assertEquals("عنوان مضمن", segments.get(1).title(), marker);
      assertEquals("نص مضمن.", segments.get(1).text(), marker);
    }
  }

  @Test
  void readAlsoMarker_withTheTitleOnTheSameLine() {
    Segment embedded = segmenter.segment("الخبر.\n\nاقرأ أيضا: قطر وكينيا توقعان اتفاقية\n\nنص مضمن.", null).get(1);
    assertEquals("قطر وكينيا توقعان اتفاقية", embedded.title());
    assertEquals("نص مضمن.", embedded.text());
  }

  @Test
  void shareLines_areDropped_andTheWordsAfterTheButtonsAreTags() {
    Segment s = main("نص عن مصر وفرنسا.\n\nطباعة شارك مصر فرنسا\n\nشارك");
    assertEquals("نص عن مصر وفرنسا.", s.text());
    assertEquals(List.of("مصر", "فرنسا"), s.keywords());
  }

  @Test
  void aLineOpeningWithTheVerbShaarak_isBodyText() {
    Segment s = main("شارك وزير الخارجية في اجتماع وزاري عربي عقد في القاهرة أمس.");
    assertEquals("شارك وزير الخارجية في اجتماع وزاري عربي عقد في القاهرة أمس.", s.text());
    assertEquals(List.of(), s.keywords());
  }

  @Test
  void headlineList_bulletsAndItemNumbersRemoved_eachAlsoAnArticle() {
    List<Segment> segments = segmenter.segment(
        "نص.\n\nأخبار ذات صلة\n\n• عنوان أول\n- عنوان ثان\n3- عنوان ثالث\n● عنوان رابع", null);
    List<String> headlines = List.of("عنوان أول", "عنوان ثان", "عنوان ثالث", "عنوان رابع");
    assertEquals(headlines, segments.get(0).relatedHeadlines());
    assertEquals(headlines, segments.subList(1, 5).stream().map(Segment::text).toList());
    assertTrue(segments.subList(1, 5).stream().allMatch(s -> s.kind().equals(Segment.RELATED_HEADLINE)));
  }

  @Test
  void headlineList_endsAtTheNextSectionMarker() {
    List<Segment> segments = segmenter.segment(
        "نص.\n\nالأكثر قراءة\n\n• عنوان أول\n\nاقرأ أيضا\n\nعنوان مضمن\n\nنص مضمن.", null);
    assertEquals(List.of("عنوان أول"), segments.get(0).relatedHeadlines());
    assertEquals("نص مضمن.", segments.get(1).text());
  }

  @Test
  void bulletsInTheBody_areRemoved_numbersAreKept() {
    assertEquals("البنود:\n\nرفع السعة.\nإنشاء مركز.\n1- بند مرقم.",
        main("البنود:\n\n• رفع السعة.\n▪ إنشاء مركز.\n1- بند مرقم.").text());
  }

  @Test
  void residueLines_areDropped() {
    String page = String.join("\n\n", "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", "الرئيسية > أخبار مصر",
        "Next Previous", "نص الخبر.", "إضافة أولى", "تتمة الخبر.", "حجم الخط", "تابعونا على فيسبوك",
        "آخر تحديث: 18/11/2026 14:35", "الأربعاء 21 أكتوبر 2026 - 11:20 ص", "التعليقات (3)",
        "جميع الحقوق محفوظة © 2026", "(النهاية) ع ه ع");
    assertEquals("نص الخبر.\n\nتتمة الخبر.", main(page).text());
  }

  @Test
  void stripRule_cutsResidueOutOfALine() {
    Segment s = main("Next Previous عين اليوم – واس\nأعلنت الهيئة اليوم.");
    assertEquals("واس", s.agency());
    assertEquals("أعلنت الهيئة اليوم.", s.text());
  }

  @Test
  void htmlReferencesAreDecoded() {
    assertEquals("قال \"الوزير\" إن «الاتفاق» قريب…", main("قال &quot;الوزير&quot; إن &laquo;الاتفاق&#187; قريب&#x2026;").text());
  }

  @Test
  void datelines_inTheShapesOfSeveralAgencies() {
    record Case(String page, String dateline, String agency, String text) {}
    for (Case c : List.of(
        new Case("جدة: أكد المجلس.", "جدة", null, "أكد المجلس."),
        new Case("الرياض - واس:\n\nاستقبل الأمير.", "الرياض", "واس", "استقبل الأمير."),
        new Case("واس - استقبل الأمير.", null, "واس", "استقبل الأمير."),
        new Case("واس - جدة\nاستقبل الأمير.", "جدة", "واس", "استقبل الأمير."),
        new Case("القاهرة - «الشرق الأوسط»: قال الوزير.", "القاهرة", "الشرق الأوسط", "قال الوزير."),
        new Case("جدة: «عكاظ»\n\nدشن الأمير المشروع.", "جدة", "عكاظ", "دشن الأمير المشروع."),
        new Case("(د ب أ) - أعلنت الحكومة.", null, "د ب أ", "أعلنت الحكومة."),
        new Case("برلين (د ب أ) - أعلنت الحكومة.", "برلين", "د ب أ", "أعلنت الحكومة."),
        new Case("عمّان (بترا) - وقعت الوزارة.", "عمّان", "بترا", "وقعت الوزارة."),
        new Case("الجزائر – زار الوزير.", "الجزائر", null, "زار الوزير."),
        new Case("أملج – واس\nافتتح المحافظ.", "أملج", "واس", "افتتح المحافظ."),
        new Case("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nبدأت الجمعية.",
            "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", "واس", "بدأت الجمعية."),
        new Case("أبوظبي في 5 نوفمبر / وام / استقبل سموه.", "أبوظبي في 5 نوفمبر", "وام", "استقبل سموه."),
        new Case("عمان 14 تشرين الأول (بترا)- بحث الوزير.", "عمان 14 تشرين الأول", "بترا", "بحث الوزير."),
        new Case("الكويت - 3 - 11 (كونا) -- بحث الوزير.", "الكويت - 3 - 11", "كونا", "بحث الوزير."),
        new Case("خالد الزهراني - سبق - الرياض: أطلقت الوزارة.", "الرياض", "سبق", "أطلقت الوزارة."),
        new Case("DUBAI, Nov 12 (Reuters) - Ministers agreed.", "DUBAI, Nov 12", "Reuters", "Ministers agreed."))) {
      Segment s = main(c.page);
      assertEquals(c.dateline, s.dateline(), c.page);
      assertEquals(c.agency, s.agency(), c.page);
      assertEquals(c.text, s.text(), c.page);
    }
  }

  @Test
  void datelinesAreLookedForOnlyAtTheStartOfAnArticle() {
    Segment s = main("أكد الوزير أهمية التعاون.\n\nجدة: «عكاظ» نشرت الخبر.");
    assertNull(s.dateline());
    assertTrue(s.text().endsWith("جدة: «عكاظ» نشرت الخبر."), s.text());
  }

  @Test
  void aSentenceThatOpensWithASaidClause_isNotADateline() {
    Segment s = main("قال الوزير: «نحن مستعدون» للحوار.");
    assertNull(s.dateline());
    assertNull(s.agency());
  }

  @Test
  void pageWithoutTitle_getsItsFirstLineWhenItReadsLikeAHeadline() {
    Segment s = main("الأردن والعراق يبحثان الربط الكهربائي\n\nبحث وزيرا الطاقة في البلدين مشروع الربط الكهربائي.");
    assertEquals("الأردن والعراق يبحثان الربط الكهربائي", s.title());
    assertEquals("بحث وزيرا الطاقة في البلدين مشروع الربط الكهربائي.", s.text());
  }

  @Test
  void firstLineIsNoTitle_whenItEndsASentence_orIsADateline_orIsAllThereIs() {
    assertNull(main("بحث الوزيران التعاون.\n\nوأكدا أهمية التنسيق بين البلدين في المرحلة المقبلة.").title());
    assertNull(main("الرياض - واس:\n\nاستقبل الأمير الوفد الزائر في مكتبه اليوم.").title());
    assertNull(main("سطر وحيد بلا علامة").title());
    assertEquals("سطر وحيد بلا علامة", main("سطر وحيد بلا علامة").text());
  }

  @Test
  void aLineRepeatingTheTitle_isDropped() {
    Segment s = main("الوزير يفتتح المعرض\n\nافتتح الوزير المعرض الدولي للكتاب اليوم.\n\nالوزير يفتتح المعرض\n\nويستمر المعرض أسبوعا.");
    assertEquals("افتتح الوزير المعرض الدولي للكتاب اليوم.\n\nويستمر المعرض أسبوعا.", s.text());
  }

  @Test
  void exportTitle_isCleanedOfWireResidue_andItsRepetitionInTheBodyDropped() {
    Segment s = segmenter.segment("الوزير يلتقي نظيره الروسي\nالتقى الوزير نظيره الروسي.",
        "سياسي / الوزير يلتقي نظيره الروسي             إضافة أولى وأخيرة").get(0);
    assertEquals("الوزير يلتقي نظيره الروسي", s.title());
    assertEquals("التقى الوزير نظيره الروسي.", s.text());
  }

  @Test
  void aRecordWhoseTextOnlyRepeatsItsTitle_keepsIt() {
    assertEquals("عنوان الخبر", segmenter.segment("عنوان الخبر", "عنوان الخبر").get(0).text());
  }

  @Test
  void edgeWhitespace_noBreakSpacesAndDirectionMarks_areTrimmed() {
    assertEquals("رفع سموه التهاني.", main("\u00A0\u00A0\u200Fرفع سموه التهاني.\u00A0").text());
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLine() {
    assertEquals("أ.\n\nب.\nج.", main("\n\nأ.\n\n\n\nب.\nج.\n\n").text());
  }

  @Test
  void adversarialLines_areSegmentedInLinearTime() {
    List<String> pages = List.of(
        "أ | ".repeat(20_000) + "س".repeat(40),
        "الرئيسية > " + "ب ".repeat(100_000),
        "كلمات دلالية: " + "وزير ".repeat(5_000),
        "طباعة شارك " + "كلمة ".repeat(50_000),
        "جدة" + " - واس".repeat(20_000),
        "\u064E".repeat(100_000),
        "ن".repeat(1_000_000),
        ("\u202B\u200F" + "ع ").repeat(50_000),
        "• ".repeat(50_000));
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      for (String page : pages) {
        segmenter.segment(page, "عنوان");
      }
    });
  }

  @Test
  void samplePage_sectionsComeOutRight() throws IOException {
    String page = Files.readString(Paths.shared("seeds/000_bbd7c266d0fab037.txt"));
    List<Segment> segments = segmenter.segment(page, null);
    assertEquals(12, segments.size());
    Segment main = segments.get(0);
    assertNull(main.title());
    assertEquals("بوابة الوفد", main.sourceName());
    assertEquals(10, main.relatedHeadlines().size());
    assertTrue(main.text().startsWith("أجرى وزير الشؤون الخارجية"), main.text());
    assertTrue(main.text().endsWith("بين الرباط وموسكو."), main.text());
    assertEquals(List.of("وزير الخارجية المغربي", "العلاقات الثنائية بين البلدين", "وزير الشؤون الخارجية",
        "ناصر بوريطة", "العاصمة الروسية موسكو", "الرئيس الروسي فلاديمير بوتين", "بوريطة ولافروف",
        "رئيس الوزراء الروسي"), main.keywords());
    Segment embedded = segments.get(1);
    assertEquals("read_also", embedded.kind());
    assertTrue(embedded.title().startsWith("باكستان وتونس تبحثان"), embedded.title());
    assertTrue(embedded.text().startsWith("اتفقت باكستان وتونس"), embedded.text());
    assertEquals(List.of("باكستان وتونس", "تعزيز التنسيق في المحافل متعددة الأطراف",
        "الأمم المتحدة ومنظمة التعاون الإسلامي", "المشاورات السياسية الثنائية"), embedded.keywords());
    for (Segment s : segments) {
      assertFalse(s.text().contains("طباعة") || s.text().contains("المصدر:") || s.text().contains("كلمات دلالية"));
    }
  }
}
