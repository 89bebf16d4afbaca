package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static long[] range(long from, long to) {
    return LongStream.range(from, to).map(Hashing::mix).sorted().toArray();
  }

  @Test
  void identicalSets_haveIdenticalSignatures() {
    assertEquals(1.0, MinHash.similarity(MinHash.signature(range(0, 300)), MinHash.signature(range(0, 300))));
  }

  @Test
  void similarity_estimatesJaccard_withinFourStandardErrors() {
    // Jaccard of [0, 400) and [100, 500): 300 / 500 = 0.6; standard error sqrt(0.6 * 0.4 / 128) = 0.043.
    double estimate = MinHash.similarity(MinHash.signature(range(0, 400)), MinHash.signature(range(100, 500)));
    assertEquals(0.6, estimate, 4 * 0.043);
    // Jaccard of [0, 900) and [0, 1000): 0.9.
    assertEquals(0.9, MinHash.similarity(MinHash.signature(range(0, 900)), MinHash.signature(range(0, 1000))),
        4 * Math.sqrt(0.9 * 0.1 / 128));
  }

  @Test
  void disjointSets_areDissimilar() {
    assertTrue(MinHash.similarity(MinHash.signature(range(0, 300)), MinHash.signature(range(300, 600))) < 0.05);
  }

  @Test
  void sketches_estimateJaccardToo_correctedForChanceAgreement() {
    int[] a = MinHash.signature(range(0, 400));
    int[] b = MinHash.signature(range(100, 500));
    assertEquals(MinHash.NUM_HASHES, MinHash.sketch(a).length);
    assertEquals(0.6, MinHash.sketchSimilarity(MinHash.sketch(a), MinHash.sketch(b)), 4 * 0.043);
    assertEquals(1.0, MinHash.sketchSimilarity(MinHash.sketch(a), MinHash.sketch(a)));
    assertTrue(MinHash.sketchSimilarity(MinHash.sketch(a), MinHash.sketch(MinHash.signature(range(500, 900)))) < 0.05);
  }

  @Test
  void emptySetOrMismatchedSignaturesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> MinHash.signature(new long[0]));
    assertThrows(IllegalArgumentException.class, () -> MinHash.similarity(new int[2], new int[3]));
  }
}
