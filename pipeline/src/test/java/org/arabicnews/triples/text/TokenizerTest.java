package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void wordsNumbersAndPunctuation_withOffsets() {
    String text = "وقّع الوزيران، في 2016.";
    List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
    assertEquals(List.of("وقّع", "الوزيران", "،", "في", "2016", "."), tokens.stream().map(Token::surface).toList());
    for (Token t : tokens) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
    assertEquals("وقع", tokens.get(0).norm());
    assertEquals(Token.Kind.NUMBER, tokens.get(4).kind());
  }
}
