package org.arabicnews.triples.events;

/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into {@code bands} bands of
 * {@code rows} values, and two articles become candidates when some band is equal in both. A pair with Jaccard
 * similarity J becomes a candidate with probability {@code 1 - (1 - J^rows)^bands}.
 *
 * <p>{@link #forThreshold} uses at most {@link #BUDGET} of the signature's values: the longest bands (fewest chance
 * candidates) that still make a pair at the threshold a candidate with probability at least {@link #MIN_RECALL}.
 * Candidates are then verified on the whole signature, so a chance candidate costs a comparison, never a wrong
 * duplicate; every band is one more bucket per article to shuffle, hence the budget. At 0.8: 9 bands of 4 rows
 * (a pair at 0.8 is a candidate with probability 0.991, at 0.5 with 0.44, at 0.3 with 0.07).
 */
public record LshBands(int bands, int rows) {
  /** Probability that a pair exactly at the threshold becomes a candidate. */
  public static final double MIN_RECALL = 0.99;
  /** Signature values the bands use, at most. */
  public static final int BUDGET = 36;

  public LshBands {
    if (bands < 1 || rows < 1 || bands * rows > MinHash.NUM_HASHES) {
      throw new IllegalArgumentException(bands + " bands of " + rows + " rows do not fit a signature of "
          + MinHash.NUM_HASHES);
    }
  }

  /** The banding for a Jaccard threshold in (0, 1]. */
  public static LshBands forThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    for (int rows = BUDGET; rows > 1; rows--) {
      LshBands banding = new LshBands(BUDGET / rows, rows);
      if (banding.candidateProbability(threshold) >= MIN_RECALL) {
        return banding;
      }
    }
    return new LshBands(BUDGET, 1);
  }

  /** Probability that a pair with Jaccard similarity {@code jaccard} shares at least one band. */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  /** One bucket key per band: the band's index and values hashed together. */
  public long[] buckets(int[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = Hashing.mix(0x4c5348L + b);
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h ^ (signature[b * rows + r] & 0xffffffffL));
      }
      keys[b] = h;
    }
    return keys;
  }
}
