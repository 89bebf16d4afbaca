package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderTest {
  private static final NameFinder FINDER = NameFinder.shared();

  private static List<String> sentenceWithAName() {
    return new ArrayList<>(List.of("والتقى", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "امس", "."));
  }

  @Test
  void emptySentenceHasNoNames() {
    assertEquals(List.of(), FINDER.find(new String[0]));
  }

  @Test
  void aSentenceOfHundredsOfThousandsOfWords_isReadInWindows_withoutFailing() {
    String[] commas = Collections.nCopies(400_000, "،").toArray(String[]::new);
    assertEquals(List.of(), FINDER.find(commas));
  }

  @Test
  void namesBeyondTheFirstWindowKeepTheirPositionInTheSentence() {
    List<String> words = new ArrayList<>(Collections.nCopies(NameFinder.MAX_WINDOW, "و"));
    int alone = FINDER.find(sentenceWithAName().toArray(String[]::new)).stream()
        .filter(s -> s.getType().equals("PERS")).findFirst().orElseThrow().getStart();
    words.addAll(sentenceWithAName());
    List<Span> spans = FINDER.find(words.toArray(String[]::new));
    assertTrue(spans.stream().anyMatch(s -> s.getType().equals("PERS") && s.getStart() == NameFinder.MAX_WINDOW + alone),
        spans.toString());
  }
}
