package org.arabicnews.triples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/**
 * The anchor issue 6 names: UniversalPetrarch's Arabic dictionaries, looked up on a sentence's first verb, code
 * a received call as 141 and held talks as 0341 (skipped without ../shared).
 */
class PetrarchBaselineTest {
  @Test
  void codesDiplomaticSentencesTheWayTheIssueSaysTheDictionariesDo() throws Exception {
    PetrarchBaseline baseline = PetrarchBaseline.load(Paths.shared("lexicons/reference/UniversalPetrarch-arabic"));
    assertEquals("141", baseline.code("تلقى الوزير اتصالا هاتفيا من نظيره"));
    assertEquals("0341", baseline.code("أجرى الوزير مباحثات مع نظيره"));
  }
}
