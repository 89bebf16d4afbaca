package org.arabicnews.triples.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoresTest {
  private static LabeledSentence.Mention m(String type, int start, int end) {
    return new LabeledSentence.Mention(type, start, end);
  }

  @Test
  void onlyExactSpanAndTypeCount() {
    SpanScores scores = new SpanScores();
    scores.add(List.of(m("PERS", 0, 2), m("LOC", 3, 4), m("ORG", 5, 7)),
        List.of(m("PERS", 0, 2), m("LOC", 3, 5), m("PERS", 5, 7)));
    assertEquals(new SpanScores.Score(1, 1, 0), scores.of("PERS"));
    assertEquals(new SpanScores.Score(0, 1, 1), scores.of("LOC"));
    assertEquals(new SpanScores.Score(0, 0, 1), scores.of("ORG"));
    SpanScores.Score micro = scores.micro();
    assertEquals(new SpanScores.Score(1, 2, 2), micro);
    assertEquals(100.0 / 3, micro.precision(), 1e-9);
    assertEquals(100.0 / 3, micro.recall(), 1e-9);
    assertEquals(100.0 / 3, micro.f1(), 1e-9);
  }

  @Test
  void noPredictions_scoreZeroWithoutDividingByZero() {
    SpanScores scores = new SpanScores();
    scores.add(List.of(m("LOC", 0, 1)), List.of());
    assertEquals(0.0, scores.micro().f1());
  }
}
