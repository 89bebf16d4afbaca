package org.arabicnews.triples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void shortTextIsKeptWhole() {
    assertEquals("مرحبا", Excerpt.of("مرحبا"));
  }

  @Test
  void arabicIsCutAtOneKilobyteOfUtf8() {
    String excerpt = Excerpt.of("س".repeat(2000));
    assertEquals(512, excerpt.length()); // two bytes a letter
  }

  @Test
  void neverSplitsASurrogatePair() {
    String excerpt = Excerpt.of("a" + "😀".repeat(600));
    assertTrue(excerpt.getBytes(StandardCharsets.UTF_8).length <= Excerpt.MAX_BYTES);
    assertTrue(!Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 1)));
  }

  @Test
  void nullStaysNull() {
    assertNull(Excerpt.of(null));
  }
}
