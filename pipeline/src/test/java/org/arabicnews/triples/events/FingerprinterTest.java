package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprinterTest {
  private static final String STORY = "استقبل وزير الخارجية في مكتبه بالرياض اليوم سفير جمهورية كوريا لدى المملكة "
      + "وناقش معه ترتيبات زيارة وفد تجاري كوري إلى المنطقة الشرقية الشهر المقبل وفرص الشراكة في بناء السفن.";
  private final Fingerprinter fingerprinter = new Fingerprinter();

  @Test
  void exactKey_ignoresDiacriticsLetterVariantsPunctuationAndSpacing() {
    Fingerprint plain = fingerprinter.fingerprint("a", "main", null, STORY);
    Fingerprint variant = fingerprinter.fingerprint("b", "main", null,
        "استقبلَ وزيرُ الخارجية، في مكتبه بالرياض اليوم  سفيرَ جمهورية كوريا لدى المملكه "
            + "وناقش معه ترتيبات زيارة وفد تجاري كوري الى المنطقة الشرقيّة الشهر المقبل وفرص الشراكة في بناء السفن");
    assertEquals(plain.exactKey(), variant.exactKey());
    assertTrue(plain.nearDuplicateCandidate());
    assertTrue(MinHash.similarity(plain.signature(), variant.signature()) == 1.0);
  }

  @Test
  void oneWordMore_isNotAnExactDuplicate() {
    assertNotEquals(fingerprinter.fingerprint("a", "main", null, STORY).exactKey(),
        fingerprinter.fingerprint("a", "main", null, STORY + " وقال").exactKey());
  }

  @Test
  void relatedHeadlinesAndShortTexts_areComparedExactlyOnly() {
    assertFalse(fingerprinter.fingerprint("h", "related_headline", null, STORY).nearDuplicateCandidate());
    assertFalse(fingerprinter.fingerprint("s", "main", null, "وزير الخارجية يستقبل سفير كوريا").nearDuplicateCandidate());
    String twentyWords = "ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف";
    assertTrue(fingerprinter.fingerprint("t", "main", null, twentyWords).nearDuplicateCandidate());
    assertFalse(fingerprinter.fingerprint("t", "main", null, twentyWords.substring(2)).nearDuplicateCandidate());
  }

  @Test
  void noWords_noFingerprint() {
    assertNull(fingerprinter.fingerprint("x", "main", null, "… — «» !!"));
  }

  @Test
  void rankFollowsDuplicateRank() {
    assertEquals(DuplicateRank.of("read_also", "2015-07-22 10:00:00", "id1"),
        fingerprinter.fingerprint("id1", "read_also", "2015-07-22 10:00:00", STORY).rank());
  }
}
