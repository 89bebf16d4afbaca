package org.arabicnews.triples.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClassesTest {
  /** Cities after في and verbs before the minister, each in several sentences. */
  private static List<String[]> sentences() {
    List<String[]> out = new ArrayList<>();
    for (String city : List.of("الرياض", "جده", "القاهره", "عمان")) {
      for (String verb : List.of("وصل", "غادر", "زار")) {
        out.add(new String[] {verb, "الوزير", "في", city, "امس"});
        out.add(new String[] {verb, "الرئيس", "الي", city, "اليوم"});
      }
    }
    out.add(new String[] {"نادر"});
    return out;
  }

  @Test
  void wordsOfLikeContexts_shareAClass() {
    Map<String, Integer> classes = new WordClasses(sentences(), 2).cluster(4, 20, line -> {});
    assertEquals(classes.get("الرياض"), classes.get("القاهره"));
    assertEquals(classes.get("جده"), classes.get("عمان"));
    assertEquals(classes.get("وصل"), classes.get("زار"));
    assertNotEquals(classes.get("الرياض"), classes.get("وصل"));
  }

  @Test
  void rareWordsGetNoClass_andTheResultIsTheSameEachRun() {
    WordClasses words = new WordClasses(sentences(), 2);
    assertFalse(words.vocabulary().contains("نادر"));
    assertEquals(words.cluster(4, 20, line -> {}), new WordClasses(sentences(), 2).cluster(4, 20, line -> {}));
  }
}
