package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldMappingTest {
  @Test
  void defaultFitsSaudiNewsNet() {
    FieldMapping m = FieldMapping.parse(null);
    assertEquals("content", m.theirs("text"));
    assertEquals("date_extracted", m.theirs("published"));
    assertEquals("source", m.theirs("source"));
  }

  @Test
  void namedFieldsOverrideDefaults_othersKeepThem() {
    FieldMapping m = FieldMapping.parse("text=body.plain, published=meta.date");
    assertEquals("body.plain", m.theirs("text"));
    assertEquals("meta.date", m.theirs("published"));
    assertEquals("title", m.theirs("title"));
  }

  @Test
  void unknownFieldIsRejectedWithTheListOfOurs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("body=content"));
    assertTrue(e.getMessage().contains("'body' is not one of"), e.getMessage());
  }

  @Test
  void pairWithoutEqualsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("content"));
  }
}
