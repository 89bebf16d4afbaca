package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> found(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text)).stream()
        .map(e -> e.type() + ":" + e.surface() + ":" + e.canonicalKey())
        .toList();
  }

  @Test
  void countriesGetTheirIsoCode_evenBehindAConjunction() {
    assertEquals(List.of("GPE:الأردن:JO", "GPE:إندونيسيا:ID"), found("وقع الأردن وإندونيسيا اتفاقاً."));
  }

  @Test
  void personAfterCounterpartAndNationality() {
    List<String> entities = found("التقى الوزير نظيره الروسي سيرغي لافروف في موسكو.");
    assertTrue(entities.contains("NORP:الروسي:null"), entities.toString());
    assertTrue(entities.contains("PER:سيرغي لافروف:سيرغي لافروف"), entities.toString());
  }

  @Test
  void personSetOffByCommasAfterATitle() {
    List<String> entities = found("أجرى وزير الخارجية الأردني، أيمن الصفدي، اتصالاً.");
    assertTrue(entities.contains("PER:أيمن الصفدي:ايمن الصفدي"), entities.toString());
  }

  @Test
  void offsetsSliceTheSurfaceOutOfTheText() {
    String text = "اتفقت باكستان وتونس على التنسيق.";
    for (Entity e : RECOGNIZER.recognize(AnalyzedText.of(text))) {
      assertEquals(e.surface(), text.substring(e.start(), e.end()));
    }
  }
}
