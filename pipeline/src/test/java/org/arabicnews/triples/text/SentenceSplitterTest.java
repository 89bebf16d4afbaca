package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link SentenceSplitter}, numbered as in its Javadoc. */
class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return new SentenceSplitter().split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void rule1_lineBreaksEndSentences_headlinesAreTheirOwn() {
    assertEquals(List.of("الرياض تستضيف القمة الخليجية", "افتتح الملك القمة اليوم."),
        sentences("الرياض تستضيف القمة الخليجية\n\nافتتح الملك القمة اليوم."));
    assertEquals(List.of("أ", "ب"), sentences("أ\r\nب\n"));
  }

  @Test
  void rule2_terminatorsFollowedBySpaceOrEnd() {
    assertEquals(List.of("جملة أولى.", "هل هذه ثانية؟", "نعم!", "ثم ماذا…", "انتهى..."),
        sentences("جملة أولى. هل هذه ثانية؟ نعم! ثم ماذا… انتهى..."));
  }

  @Test
  void rule2_missingSpaceAfterTheTerminator() {
    assertEquals(List.of("وصل الوفد.", "وقال الوزير إن المحادثات بناءة؟", "نعم"),
        sentences("وصل الوفد.وقال الوزير إن المحادثات بناءة؟نعم"));
  }

  @Test
  void rule3_notInsideNumbers_butAfterAYearAtTheEnd() {
    assertEquals(List.of("نما الاقتصاد 3.5 في المئة في 21.07.2015 تقريبا."),
        sentences("نما الاقتصاد 3.5 في المئة في 21.07.2015 تقريبا."));
    assertEquals(List.of("وقعت الاتفاقية في 2016.", "وقال الوزير إنها نافذة."),
        sentences("وقعت الاتفاقية في 2016. وقال الوزير إنها نافذة."));
  }

  @Test
  void rule3_listNumbersAreNotSentences() {
    assertEquals(List.of("1. تعزيز التعاون.", "2. تبادل الخبرات."),
        sentences("1. تعزيز التعاون.\n2. تبادل الخبرات."));
  }

  @Test
  void rule4_abbreviations() {
    assertEquals(List.of("وقال د. عادل الطريفي إن أ.د. خالد وم. عبدالله حضرا."),
        sentences("وقال د. عادل الطريفي إن أ.د. خالد وم. عبدالله حضرا."));
    assertEquals(List.of("انظر ص. 12 من التقرير."), sentences("انظر ص. 12 من التقرير."));
    assertEquals(List.of("Dr. J. Kerry met Mr. Lavrov."), sentences("Dr. J. Kerry met Mr. Lavrov."));
  }

  @Test
  void rule4_eraMarksAfterAYearEndTheSentence() {
    assertEquals(List.of("تأسست المدينة عام 1950 م.", "وتضم اليوم مليون نسمة."),
        sentences("تأسست المدينة عام 1950 م. وتضم اليوم مليون نسمة."));
    assertEquals(List.of("صدر القرار في 1436هـ.", "ونفذ لاحقا."), sentences("صدر القرار في 1436هـ. ونفذ لاحقا."));
  }

  @Test
  void rule4_edgeCase_twoLetterWordsAreNotAbbreviations() {
    assertEquals(List.of("وقدم الشكر له.", "ثم غادر."), sentences("وقدم الشكر له. ثم غادر."));
  }

  @Test
  void rule5_notInsideQuotesOrParentheses() {
    assertEquals(List.of("وقال: «لن نتراجع. سنمضي قدما» في المؤتمر."),
        sentences("وقال: «لن نتراجع. سنمضي قدما» في المؤتمر."));
    assertEquals(List.of("وأشار البيان (انظر الملحق. ص 3) إلى الاتفاق."),
        sentences("وأشار البيان (انظر الملحق. ص 3) إلى الاتفاق."));
    assertEquals(List.of("قال \"انتهى الأمر. لا عودة\" ثم غادر."), sentences("قال \"انتهى الأمر. لا عودة\" ثم غادر."));
  }

  @Test
  void rule5_aTerminatorJustInsideTheCloserEndsTheSentenceAfterIt() {
    assertEquals(List.of("وقال: «لن نتراجع.»", "وغادر القاعة."), sentences("وقال: «لن نتراجع.» وغادر القاعة."));
    assertEquals(List.of("وقال: «لن نتراجع».", "وغادر القاعة."), sentences("وقال: «لن نتراجع». وغادر القاعة."));
  }

  @Test
  void rule5_edgeCase_anUnbalancedQuoteStopsAtTheLineAndAfterAWhile() {
    assertEquals(List.of("وقال «لن نتراجع.", "ثم غادر."), sentences("وقال «لن نتراجع.\nثم غادر."));
    String longQuote = "وقال «" + "كلمة ".repeat(100) + "انتهت. ثم غادر.";
    assertEquals(2, sentences(longQuote).size());
  }

  @Test
  void rule6_bulletsAndLineMarkersStartSentences_markersLeftOut() {
    assertEquals(List.of("مقالات مشابهة", "الرئيس يتلقى اتصالا", "المغرب وروسيا توقعان اتفاقا"),
        sentences("مقالات مشابهة\n  • الرئيس يتلقى اتصالا\n  • المغرب وروسيا توقعان اتفاقا"));
    assertEquals(List.of("أولا", "ثانيا", "ثالثا"), sentences("- أولا\n* ثانيا\n-ثالثا"));
    assertEquals(List.of("البنود:", "التعاون", "التجارة"), sentences("البنود: • التعاون • التجارة"));
    assertEquals(List.of("انخفضت الحرارة إلى -5 درجات"), sentences("انخفضت الحرارة إلى -5 درجات"));
  }

  @Property(tries = 500)
  void spansAreOrderedNonEmptyTrimmedAndNeverThrow(@ForAll String text) {
    int previousEnd = 0;
    for (int[] span : new SentenceSplitter().split(text)) {
      assertTrue(previousEnd <= span[0] && span[0] < span[1] && span[1] <= text.length());
      assertTrue(!Character.isWhitespace(text.charAt(span[0])) && !Character.isWhitespace(text.charAt(span[1] - 1)));
      previousEnd = span[1];
    }
  }
}
