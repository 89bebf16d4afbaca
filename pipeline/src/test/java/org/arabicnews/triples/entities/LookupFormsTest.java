package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arabicnews.triples.text.Token;
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
  void theTextLayersSplit_givesTheStemWithTheArticleBack_unlessAnEncliticHangsOnIt() {
    Token analyzed = new Token(0, 8, "كالعاصمة", "كالعاصمه", Token.Kind.ARABIC, "كال", "عاصمه", "");
    assertEquals(List.of("كالعاصمه/0", "العاصمه/1"),
        LookupForms.of(analyzed, "كالعاصمه").stream().map(f -> f.form() + "/" + f.dropped()).toList());
    Token unusual = new Token(0, 9, "وسالعاصمة", "وسالعاصمه", Token.Kind.ARABIC, "وسال", "عاصمه", "");
    assertEquals("العاصمه/2", LookupForms.of(unusual, "وسالعاصمه").stream()
        .map(f -> f.form() + "/" + f.dropped()).toList().get(2));
    Token lamLam = new Token(0, 5, "للأمم", "للامم", Token.Kind.ARABIC, "لل", "امم", "");
    assertEquals(List.of("للامم/0", "الامم/1"),
        LookupForms.of(lamLam, "للامم").stream().map(f -> f.form() + "/" + f.dropped()).toList());
    Token withEnclitic = new Token(0, 5, "بلاده", "بلاده", Token.Kind.ARABIC, "ب", "لاد", "ه");
    assertEquals(LookupForms.of("بلاده"), LookupForms.of(withEnclitic, "بلاده"));
  }

  @Test
  void wordsThatOnlyLookCliticized_offerTheWholeWordFirst() {
    assertEquals("لبنان/0", forms("لبنان").get(0));
    assertEquals("وزير/0", forms("وزير").get(0));
  }
}
