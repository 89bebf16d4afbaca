package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  private final ArabicNormalizer display = ArabicNormalizer.display();
  private final ArabicNormalizer match = ArabicNormalizer.match();

  @Test
  void tatweelIsRemoved() {
    assertEquals("العربية", display.normalizeToString("العـــربية"));
  }

  @Test
  void controlsAreRemoved() {
    assertEquals("موسكو", display.normalizeToString("مو\u200Fسك\u200Bو\uFEFF"));
  }

  @Test
  void spacesCollapse_lineBreaksStayAsParagraphs() {
    assertEquals("أ ب\nج\n\nد", display.normalizeToString("أ  \u00A0ب \n ج\n\n\n\nد"));
  }

  @Test
  void displayKeepsDiacriticsAndLetters() {
    assertEquals("مُؤتمَر إلى", display.normalizeToString("مُؤتمَر إلى"));
  }

  @Test
  void matchRemovesDiacritics() {
    assertEquals("مدرسه", match.normalizeToString("مَدْرَسَةٌ"));
  }

  @Test
  void matchFoldsAlefVariantsMaksuraAndTehMarbuta() {
    assertEquals("اجري الي امس ان اله", match.normalizeToString("أجرى إلى أمس آن ٱلة"));
  }

  @Test
  void spanInNormalizedTextMapsToTheExactOriginalChars() {
    String original = "الرئيسُ الرُّوسيُّ";
    NormalizedText n = match.normalize(original);
    int start = n.text().indexOf("الروسي");
    int end = start + "الروسي".length();
    assertEquals("الرُّوسي", original.substring(n.originalStart(start), n.originalEnd(end)));
  }
}
