package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void words_areMatchNormalized_soDiacriticsAndLetterVariantsDoNotCount() {
    assertEquals(List.of("اجري", "الوزير", "مباحثات"), Shingles.words("أَجرى الوزيرُ مباحثاتٍ"));
    assertEquals(Shingles.words("استقبل الأمير"), Shingles.words("استقبل الامير"));
    assertEquals(List.of("الي", "مكه"), Shingles.words("إلى مكة"));
  }

  @Test
  void words_punctuationAndSpacingOnlySeparate() {
    assertEquals(Shingles.words("واس - جدة: استقبل"), Shingles.words("واس-جدة   استقبل"));
    assertEquals(List.of("قال", "2015", "ان"), Shingles.words("«قال» (2015)، أن."));
  }

  @Test
  void words_emptyForPunctuationOnly() {
    assertEquals(List.of(), Shingles.words(" … — «» "));
  }

  @Test
  void shingles_areThreeWordWindows_distinct_andSorted() {
    long[] abcd = Shingles.of(List.of("ا", "ب", "ت", "ث"));
    assertEquals(2, abcd.length);
    assertTrue(abcd[0] < abcd[1]);
    // Four windows, "ا ب ت" twice: the set holds it once.
    assertEquals(3, Shingles.of(List.of("ا", "ب", "ت", "ا", "ب", "ت")).length);
  }

  @Test
  void shingles_emptyBelowThreeWords_andWordOrderMatters() {
    assertEquals(0, Shingles.of(List.of("ا", "ب")).length);
    assertNotEquals(Shingles.of(List.of("ا", "ب", "ت"))[0], Shingles.of(List.of("ت", "ب", "ا"))[0]);
    assertArrayEquals(Shingles.of(List.of("ا", "ب", "ت")), Shingles.of(List.of("ا", "ب", "ت")));
  }
}
