package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.arabicnews.triples.text.ArabicNormalizer.Option;
import org.arabicnews.triples.text.ArabicNormalizer.Profile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArabicNormalizer}, numbered as in its Javadoc, then the offset map. */
class ArabicNormalizerTest {
  private static final ArabicNormalizer DISPLAY = ArabicNormalizer.display();
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  private static String display(String text) {
    return DISPLAY.normalizeToString(text);
  }

  private static String match(String text) {
    return MATCH.normalizeToString(text);
  }

  @Nested
  class BothProfiles {
    @Test
    void rule1_presentationFormsBecomeLetters_keepingHamzaAndMadda() {
      assertEquals("لا لأ لإ لآ", display("ﻻ ﻷ ﻹ ﻵ"));
      assertEquals("الملك", display("ﺍﻠﻤﻠﻜ"));
      assertEquals("الله", display("ﷲ"));
      assertEquals("صلى الله عليه وسلم", display("ﷺ"));
      assertEquals("ريال", display("﷼"), "the rial sign's Farsi yeh joins the alef, so it is a dotted yeh");
      assertEquals("fi", display("ﬁ"), "Latin ligatures too");
      assertEquals("لا لا لا لا", match("ﻻ ﻷ ﻹ ﻵ"), "match then folds the alef");
    }

    @Test
    void rule1_farsiYehPresentationFormsKeepTheirShape() {
      assertEquals("ي", display("\uFBFE"), "initial form, dotted");
      assertEquals("ي", display("\uFBFF"), "medial form, dotted");
      assertEquals("ى", display("\uFBFC"), "isolated form, dotless");
      assertEquals("ى", display("\uFBFD"), "final form, dotless");
    }

    @Test
    void rule1_edgeCases_isolatedMarkFormsAndCharsWithoutADecomposition() {
      assertEquals("ب \u064B", display("ب \uFE70"), "fathatan isolated form: a space and the mark, spaces merged");
      assertEquals("ب", match("ب \uFE70").strip(), "match then drops the mark; the space stays one space");
      assertEquals("\uFDFD", display("\uFDFD"), "the basmala sign has no decomposition and stays");
      assertEquals("…", display("…"), "compatibility chars outside the presentation-form blocks stay");
    }

    @Test
    void rule2_combiningMaddaAndHamzaCompose() {
      assertEquals("أحمد", display("ا\u0654حمد"));
      assertEquals("إسلام", display("ا\u0655سلام"));
      assertEquals("آجل", display("ا\u0653جل"));
      assertEquals("مؤتمر", display("مو\u0654تمر"));
      assertEquals("رئيس", display("ري\u0654يس"));
      assertEquals("احمد", match("ا\u0654حمد"), "composed, then folded by match");
    }

    @Test
    void rule2_edgeCases_removedCharsDoNotBlock_spacesAndOtherLettersDo() {
      assertEquals("أحمد", display("ا\u200Dـ\u0654حمد"), "joiner and tatweel are removed first");
      assertEquals("سال", match("سا\u064E\u0654ل"), "match removes the fatha between, then composes");
      assertEquals("ا \u0654", display("ا \u0654"), "no composition across a space");
      assertEquals("ر\u0654", display("ر\u0654"), "no precomposed letter: the mark stays");
      assertEquals("\u0654", display("\u0654"), "a mark at the start stays");
    }

    @Test
    void rule3_tatweelIsRemoved() {
      assertEquals("العربية", display("العـــربية"));
      assertEquals("", display("ـــ"));
      assertEquals("الكبرى", display("الكبـرى"));
    }

    @Test
    void rule4_invisibleControlsAreRemoved() {
      assertEquals("موسكو", display("مو\u200Bس\u200Cك\u200Dو"));
      assertEquals("موسكو", display("\u200E\u200Fموسكو\u202A\u202B\u202C\u202D\u202E"));
      assertEquals("موسكو", display("\u2066\u2067موسكو\u2068\u2069"));
      assertEquals("موسكو", display("\uFEFFمو\u00ADسكو\u061C\u2060"));
    }

    @Test
    void rule4_edgeCase_aControlBetweenSpacesLeavesOneSpace() {
      assertEquals("الرباط وموسكو", display("الرباط \u200F وموسكو"));
    }

    @Test
    void rule5_spacesCollapse_lineBreaksStay_blankLineIsTheParagraph() {
      assertEquals("أ ب\nج\n\nد", display("أ  \u00A0ب \n ج\n\n\n\nد"));
      assertEquals("أ ب ج د", display("أ\tب\u2003ج\u3000\u202Fد"));
    }

    @Test
    void rule5_edgeCases_carriageReturnsSeparatorsAndEdges() {
      assertEquals("أ\nب\n\nج", display("أ\r\nب\r\n\r\nج"));
      assertEquals("أ\nب", display("أ\rب"));
      assertEquals("أ\nب\n\nج", display("أ\u2028ب\u2029ج"));
      assertEquals(" أ ", display("  أ\t "), "runs at the edges become one space, not trimmed");
    }

    @Test
    void rule6_persianAndUrduLetterFormsBecomeArabic() {
      assertEquals("كيف", display("کیف"));
      assertEquals("على", display("علی"), "final Farsi yeh shows no dots: alef maksura");
      assertEquals("يد", display("ید"), "initial Farsi yeh shows dots: yeh");
      assertEquals("ي", display("یـ"), "a following tatweel joins, so yeh (the tatweel itself goes)");
      assertEquals("ه ه ه ة ي", display("ہ ھ ۀ ۃ ے"));
      assertEquals("علي", match("علی"), "match folds both shapes to yeh");
    }

    @Test
    void rule6_edgeCase_otherPersianLettersStay() {
      assertEquals("پ چ ژ گ", display("پ چ ژ گ"));
    }

    @Test
    void rule7_easternDigitsBecomeAsciiOnlyWithTheOption() {
      ArabicNormalizer ascii = ArabicNormalizer.of(Profile.DISPLAY, Set.of(Option.ASCII_DIGITS));
      assertEquals("1234 123 2016.5", ascii.normalizeToString("١٢٣٤ ۱۲۳ ٢٠١٦.٥"));
      assertEquals("١٢٣٤ ۱۲۳", display("١٢٣٤ ۱۲۳"));
      assertEquals("1436", ArabicNormalizer.of(Profile.MATCH, Set.of(Option.ASCII_DIGITS)).normalizeToString("١٤٣٦"));
    }

    @Test
    void lettersOtherwiseUntouchedByDisplay() {
      assertEquals("مُؤتمَر إلى الأئمة ٱلحمد", display("مُؤتمَر إلى الأئمة ٱلحمد"));
      assertEquals("Lavrov, 3.5%", display("Lavrov, 3.5%"));
    }
  }

  @Nested
  class MatchOnly {
    @Test
    void rule8_harakatShaddaSukunAndSuperscriptAlefAreRemoved() {
      assertEquals("مدرسه", match("مَدْرَسَةٌ"));
      assertEquals("محمد", match("مُحَمَّدٌ"));
      assertEquals("رحمن", match("رَحْمَٰن"));
      assertEquals("مُحَمَّدٌ", display("مُحَمَّدٌ"), "display keeps them");
    }

    @Test
    void rule9_quranicMarksAreRemoved() {
      assertEquals("قرءان", match("قُرْءَان\u06DA"), "hamza as a letter stays; the small high jeem goes");
      assertEquals("محمد", match("محمد\u0610"));
      assertEquals("الرحيم", match("ٱلرَّحِيمِ\u06DD"));
    }

    @Test
    void rule10_alefVariantsBecomeBareAlef() {
      assertEquals("احمد اعاذ اجن الحمد", match("أحمد إعاذ آجن ٱلحمد"));
    }

    @Test
    void rule11_alefMaksuraBecomesYeh_tehMarbutaBecomesHeh() {
      assertEquals("علي مستشفي فاطمه", match("على مستشفى فاطمة"));
    }

    @Test
    void rule12_hamzaCarriersFoldOnlyWithTheOption() {
      ArabicNormalizer fold = ArabicNormalizer.of(Profile.MATCH, Set.of(Option.FOLD_HAMZA_CARRIERS));
      assertEquals("موتمر رييس الايمه", fold.normalizeToString("مؤتمر رئيس الأئمة"));
      assertEquals("مؤتمر رئيس الائمه", match("مؤتمر رئيس الأئمة"));
      assertEquals("ء", fold.normalizeToString("ء"), "a lone hamza has no carrier and stays");
    }

    @Test
    void rule12_edgeCase_displayRefusesToFoldLetters() {
      assertThrows(IllegalArgumentException.class,
          () -> ArabicNormalizer.of(Profile.DISPLAY, Set.of(Option.FOLD_HAMZA_CARRIERS)));
    }
  }

  @Nested
  class OffsetMap {
    @Test
    void spanStraddlingRemovedDiacriticsMapsToTheWholeDiacritizedWord() {
      String original = "الرئيسُ الرُّوسيُّ";
      NormalizedText n = MATCH.normalize(original);
      int start = n.text().indexOf("الروسي");
      assertEquals("الرُّوسيُّ", n.originalSubstring(start, start + "الروسي".length()));
      assertEquals("الرئيسُ", n.originalSubstring(0, "الرئيس".length()));
    }

    @Test
    void spanInsideAnExpandedLigatureMapsToTheWholeLigature() {
      String original = "قال ﻷنه";
      NormalizedText n = DISPLAY.normalize(original);
      assertEquals("قال لأنه", n.text());
      assertEquals("ﻷنه", n.originalSubstring(4, 8));
      assertEquals("ﻷ", n.originalSubstring(5, 6), "the hamza-alef alone is still the whole ligature");
      assertEquals("ﻷ", n.originalSubstring(4, 5));
      NormalizedText allah = MATCH.normalize("بسم ﷲ");
      assertEquals("بسم الله", allah.text());
      assertEquals("ﷲ", allah.originalSubstring(4, 8));
    }

    @Test
    void deletedControlsInsideASpanAreKept_atItsEdgesLeftOut() {
      String original = "\u200Fمو\u200Bسكو\u202C";
      NormalizedText n = MATCH.normalize(original);
      assertEquals("موسكو", n.text());
      assertEquals("مو\u200Bسكو", n.originalSubstring(0, 5));
      assertEquals("سكو", n.originalSubstring(2, 5));
    }

    @Test
    void composedHamzaAndCollapsedSpacesMapToAllTheirChars() {
      String original = "ا\u0654حمد  \u00A0\n\nو";
      NormalizedText n = DISPLAY.normalize(original);
      assertEquals("أحمد\n\nو", n.text());
      assertEquals("ا\u0654", n.originalSubstring(0, 1));
      assertEquals("  \u00A0\n\n", n.originalSubstring(4, 5));
      assertEquals("  \u00A0\n\n", n.originalSubstring(4, 6));
    }

    @Test
    void emptyInputAndEndOffsets() {
      NormalizedText n = MATCH.normalize("");
      assertEquals("", n.text());
      assertEquals(0, n.originalStart(0));
      assertEquals(0, n.originalEnd(0));
      NormalizedText tail = MATCH.normalize("أب\u200F");
      assertEquals(3, tail.originalStart(2));
      assertEquals(2, tail.originalEnd(2));
    }
  }

  @Test
  void hostileInputPassesThrough() {
    String hostile = "\uD800" + "\u0000" + "\u064E".repeat(100_000) + "\uDC00\u202E";
    assertEquals("\uD800\u0000\uDC00", match(hostile));
    assertEquals(100_003, display(hostile).length());
  }
}
