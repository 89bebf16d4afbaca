package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LshBandsTest {
  @Test
  void atTheDefaultThreshold_9BandsOf4Rows() {
    LshBands banding = LshBands.forThreshold(0.8);
    assertEquals(new LshBands(9, 4), banding);
    assertTrue(banding.candidateProbability(0.8) >= LshBands.MIN_RECALL);
    // Stories that merely share a topic (Jaccard 0.3) rarely become candidates.
    assertTrue(banding.candidateProbability(0.3) < 0.08, String.valueOf(banding.candidateProbability(0.3)));
  }

  @Test
  void everyThreshold_getsTheLongestBandsThatStillReachTheRecall() {
    for (double t = 0.3; t <= 1.0; t += 0.05) {
      LshBands banding = LshBands.forThreshold(t);
      assertTrue(banding.candidateProbability(t) >= LshBands.MIN_RECALL, t + " " + banding);
      assertTrue(banding.bands() * banding.rows() <= LshBands.BUDGET, t + " " + banding);
      int longer = banding.rows() + 1;
      if (longer <= LshBands.BUDGET) {
        assertTrue(new LshBands(LshBands.BUDGET / longer, longer).candidateProbability(t) < LshBands.MIN_RECALL,
            t + " " + banding);
      }
    }
  }

  @Test
  void oneChangedValue_changesOneBandBucket() {
    LshBands banding = LshBands.forThreshold(0.8);
    int[] signature = new int[MinHash.NUM_HASHES];
    Arrays.setAll(signature, i -> i * 7919);
    int[] changed = signature.clone();
    changed[13] = -1;
    long[] a = banding.buckets(signature);
    long[] b = banding.buckets(changed);
    int differing = 0;
    for (int i = 0; i < a.length; i++) {
      differing += a[i] != b[i] ? 1 : 0;
    }
    assertEquals(1, differing);
  }

  @Test
  void equalValuesInDifferentBands_fallInDifferentBuckets() {
    long[] buckets = LshBands.forThreshold(0.8).buckets(new int[MinHash.NUM_HASHES]);
    assertEquals(buckets.length, Arrays.stream(buckets).distinct().count());
  }

  @Test
  void thresholdsOutsideTheUnitIntervalAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LshBands.forThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> LshBands.forThreshold(1.2));
    assertThrows(IllegalArgumentException.class, () -> new LshBands(30, 5));
  }
}
