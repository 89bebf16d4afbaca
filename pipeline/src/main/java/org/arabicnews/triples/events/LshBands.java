package org.arabicnews.triples.events;

/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into {@code bands} bands of
 * {@code rows} values, and two articles become candidates when some band is equal in both. A pair with Jaccard
 * similarity J becomes a candidate with probability {@code 1 - (1 - J^rows)^bands}.
 *
 * <p>{@link #forThreshold} picks the longest bands (fewest chance candidates) that still make a pair at the
 * threshold a candidate with probability at least {@link #MIN_RECALL}; candidates are then verified on the
 * full signature, so chance candidates cost a comparison, never a wrong duplicate. At 0.8: 21 bands of 6 rows.
 */
public record LshBands(int bands, int rows) {
  /** Probability that a pair exactly at the threshold becomes a candidate. */
  public static final double MIN_RECALL = 0.99;

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
    for (int rows = MinHash.NUM_HASHES; rows > 1; rows--) {
      LshBands banding = new LshBands(MinHash.NUM_HASHES / rows, rows);
      if (banding.candidateProbability(threshold) >= MIN_RECALL) {
        return banding;
      }
    }
    return new LshBands(MinHash.NUM_HASHES, 1);
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
