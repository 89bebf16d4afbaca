package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return new SentenceSplitter().split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void splitsOnTerminatorsAndLineBreaks() {
    assertEquals(List.of("جملة أولى.", "هل هذه ثانية؟", "ثالثة"), sentences("جملة أولى. هل هذه ثانية؟\nثالثة"));
  }

  @Test
  void decimalPointIsNotABoundary() {
    assertEquals(List.of("نما الاقتصاد 3.5 في المئة."), sentences("نما الاقتصاد 3.5 في المئة."));
  }
}
