package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class RelationExtractorTest {
  private static final EntityRecognizer ENTITIES = new EntityRecognizer();
  private static final RelationExtractor EXTRACTOR = new RelationExtractor();

  private static List<String> triples(String text) {
    AnalyzedText analyzed = AnalyzedText.of(text);
    return EXTRACTOR.extract(analyzed, ENTITIES.recognize(analyzed)).stream()
        .map(t -> t.subject().surface() + " " + t.relation().label() + " " + t.object().surface())
        .toList();
  }

  @Test
  void talksHeldWithACounterpart() {
    assertEquals(List.of("أيمن الصفدي hold_talks سيرغي لافروف"),
        triples("أجرى وزير الخارجية الأردني، أيمن الصفدي، أمس مباحثات مع نظيره الروسي سيرغي لافروف."));
  }

  @Test
  void twoCountriesAgree() {
    assertEquals(List.of("الكويت agree قطر"), triples("واتفقت الكويت وقطر على تشكيل لجنة مشتركة."));
  }

  @Test
  void noActorsNoTriple() {
    assertEquals(List.of(), triples("أجرى الفريق مباحثات مع الجهات المعنية."));
  }
}
