package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookupFormsTest {
  private static List<String> forms(String word) {
    return LookupForms.of(word).stream().map(f -> f.form() + "/" + f.dropped()).toList();
  }

  @Test
  void conjunctionThenPreposition() {
    assertEquals(List.of("وبموسكو/0", "بموسكو/1", "موسكو/2"), forms("وبموسكو"));
  }

  @Test
  void prepositionAlone_keepsTheArticle() {
    assertEquals(List.of("بالعاصمه/0", "العاصمه/1"), forms("بالعاصمه"));
  }

  @Test
  void lamLam_isLamAndTheArticle() {
    assertEquals(List.of("للامم/0", "الامم/1"), forms("للامم"));
    assertEquals(List.of("وللامم/0", "للامم/1", "الامم/2"), forms("وللامم"));
  }

  @Test
  void neverLeavesFewerThanThreeLetters() {
    assertEquals(List.of("وبه/0"), forms("وبه"));
    assertEquals(List.of("لبن/0"), forms("لبن"));
  }

  @Test
  void wordsThatOnlyLookCliticized_offerTheWholeWordFirst() {
    assertEquals("لبنان/0", forms("لبنان").get(0));
    assertEquals("وزير/0", forms("وزير").get(0));
  }
}
