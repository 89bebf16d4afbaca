package org.arabicnews.triples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StableIdTest {
  @Test
  void sameParts_sameId() {
    assertEquals(StableId.of("file:///a.txt", "page", 0), StableId.of("file:///a.txt", "page", 0));
  }

  @Test
  void isSixteenLowercaseHexDigits() {
    assertTrue(StableId.of("x").matches("[0-9a-f]{16}"));
  }

  @Test
  void partsAreSeparated_soConcatenationsDoNotCollide() {
    assertNotEquals(StableId.of("ab", "c"), StableId.of("a", "bc"));
  }

  @Test
  void knownValue_pinsTheHashAcrossReleases() {
    // Computed outside Java: python3 -c "import hashlib; print(hashlib.sha256('a\x1fb'.encode()).hexdigest()[:16])".
    // Ids in written tables must not change between releases.
    assertEquals("f04cdced9736a69d", StableId.of("a", "b"));
  }
}
