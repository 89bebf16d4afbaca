package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static List<Token> tokens(String text) {
    return TOKENIZER.tokenize(text, 0, text.length());
  }

  /** The clitic analysis of a word on its own, as "proclitic+stem+enclitic". */
  private static String split(String word) {
    Token t = tokens(word).get(0);
    return t.proclitic() + "+" + t.stem() + "+" + t.enclitic();
  }

  @Test
  void wordsNumbersLatinAndPunctuation_withOffsets() {
    String text = "وقّع الوزيران، في 2016.5 و١٤٣٦ مع Lavrov «اتفاقاً»";
    List<Token> tokens = tokens(text);
    assertEquals(List.of("وقّع", "الوزيران", "،", "في", "2016.5", "و", "١٤٣٦", "مع", "Lavrov", "«", "اتفاقاً", "»"),
        tokens.stream().map(Token::surface).toList());
    assertEquals(List.of(Token.Kind.ARABIC, Token.Kind.ARABIC, Token.Kind.PUNCTUATION, Token.Kind.ARABIC,
        Token.Kind.NUMBER, Token.Kind.ARABIC, Token.Kind.NUMBER, Token.Kind.ARABIC, Token.Kind.LATIN,
        Token.Kind.PUNCTUATION, Token.Kind.ARABIC, Token.Kind.PUNCTUATION), tokens.stream().map(Token::kind).toList());
    for (Token t : tokens) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
    assertEquals("وقع", tokens.get(0).norm());
    assertEquals("اتفاقا", tokens.get(10).norm());
  }

  @Test
  void marksTatweelAndJoinersStayInsideTheWord() {
    assertEquals(List.of("الرُّوسيُّ", "العـــربية", "مو\u200Fسكو"),
        tokens("الرُّوسيُّ العـــربية مو\u200Fسكو").stream().map(Token::surface).toList());
  }

  @Test
  void proclitics() {
    assertEquals("و+موسكو+", split("وموسكو"));
    assertEquals("ل+موسكو+", split("لموسكو"));
    assertEquals("بال+عاصمه+", split("بالعاصمة"));
    assertEquals("وال+رئيس+", split("والرئيس"));
    assertEquals("لل+مملكه+", split("للمملكة"));
    assertEquals("ال+رياض+", split("الرياض"));
    assertEquals("س+يزور+", split("سيزور"));
    assertEquals("ف+قال+", split("فقال"));
    assertTrue(tokens("بالعاصمة").get(0).hasArticle());
    assertTrue(tokens("للمملكة").get(0).hasArticle());
    assertTrue(!tokens("لموسكو").get(0).hasArticle());
  }

  @Test
  void enclitics() {
    assertEquals("+نظير+ه", split("نظيره"));
    assertEquals("+بلاد+ه", split("بلاده"));
    assertEquals("+جهود+ها", split("جهودها"));
    assertEquals("+الي+ه", split("إليه"), "the function word إلى takes a pronoun as إلي");
    assertEquals("و+مواقف+هما", split("ومواقفهما"));
  }

  @Test
  void neverStripsWhatIsPartOfTheWord() {
    for (String word : List.of("وزير", "بحث", "لبنان", "كندا", "فلسطين", "وكالة", "وقع", "بين", "كان", "وليد")) {
      assertEquals("+" + ArabicNormalizer.match().normalizeToString(word) + "+", split(word), word);
    }
  }

  @Test
  void namesBehindClitics() {
    assertEquals("ل+لبنان+", split("للبنان"), "ل before لبنان, not لل before بنان");
    assertEquals("و+كندا+", split("وكندا"));
    assertEquals("ب+فلسطين+", split("بفلسطين"));
  }

  @Test
  void functionWordsStayWholeAndTakeClitics() {
    for (String word : List.of("إلى", "الذي", "التي", "الآن", "الله", "لكن", "هذه", "التقى")) {
      assertEquals("+" + ArabicNormalizer.match().normalizeToString(word) + "+", split(word), word);
    }
    assertEquals("و+الذي+", split("والذي"));
    assertEquals("و+الي+", split("وإلى"));
    assertEquals("و+التقي+", split("والتقى"), "form VIII verb: its ال is no article");
  }

  @Test
  void stemsAreNeverShorterThanTwoLetters_andPronounsAfterPrepositionsStay() {
    for (String word : List.of("له", "لها", "بها", "لنا", "لهم", "ود")) {
      assertEquals("+" + ArabicNormalizer.match().normalizeToString(word) + "+", split(word), word);
    }
    assertEquals("و+هم+", split("وهم"), "the pronoun هم is a word after the conjunction");
    assertEquals("+في+ه", split("فيه"), "a two-letter preposition is a stem");
  }

  @Test
  void writtenHamzaAndTehMarbutaDecide() {
    assertEquals("+المانيا+", split("ألمانيا"), "أل is no article");
    assertEquals("+وزيره+", split("وزيرة"), "ة is never a pronoun");
    assertEquals("+علي+", split("على"), "final ى is never the pronoun ي");
  }

  @Test
  void aWordOfTheSameDocumentIsEvidence() {
    String text = "التقى ناصر بوريطة نظيره. وأكد بوريطة أن المباحثات بناءة، وبوريطة متفائل.";
    Token last = TOKENIZER.tokenize(text, List.of(new int[] {0, text.length()})).get(0).stream()
        .filter(t -> t.surface().equals("وبوريطة")).findFirst().orElseThrow();
    assertEquals("و", last.proclitic());
    assertEquals("بوريطه", last.stem());
    assertEquals("+وبوريطه+", split("وبوريطة"), "alone, the lexicon does not know the name: no split");
  }

  @Provide
  Arbitrary<String> arabicWords() {
    return Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars('\u064E', '\u0651', '\u0640', ' ')
        .ofMaxLength(40);
  }

  @Property(tries = 1000)
  void cliticsConcatenateToTheNorm_stemsAreTwoLettersOrMore(@ForAll("arabicWords") String text) {
    for (Token t : tokens(text)) {
      assertEquals(t.norm(), t.proclitic() + t.stem() + t.enclitic());
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
      if (!t.proclitic().isEmpty() || !t.enclitic().isEmpty()) {
        assertTrue(t.stem().length() >= 2, t.surface() + " → " + t.stem());
      }
    }
  }

  @Property(tries = 300)
  void neverThrows(@ForAll String text) {
    tokens(text);
  }
}
