package org.arabicnews.triples.events;

/**
 * MinHash signatures of shingle sets: the share of positions where two signatures agree estimates the Jaccard
 * similarity of the sets (standard error about {@code sqrt(J(1-J)/128)}, 0.035 at J = 0.8).
 *
 * <p>Hash function i is {@code mix(shingle ^ seed_i)} with fixed seeds, so signatures are the same on every
 * machine and every run; the signature keeps the upper 32 bits of each minimum.
 */
public final class MinHash {
  /** Signature length. */
  public static final int NUM_HASHES = 128;

  private static final long[] SEEDS = new long[NUM_HASHES];

  static {
    long state = 0x6172616269636e65L;
    for (int i = 0; i < NUM_HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      SEEDS[i] = Hashing.mix(state);
    }
  }

  private MinHash() {}

  /** The signature of a non-empty set of shingle hashes. */
  public static int[] signature(long[] shingles) {
    if (shingles.length == 0) {
      throw new IllegalArgumentException("no shingles to sign");
    }
    int[] signature = new int[NUM_HASHES];
    java.util.Arrays.fill(signature, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < NUM_HASHES; i++) {
        int h = (int) (Hashing.mix(shingle ^ SEEDS[i]) >>> 32);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /**
   * The signature's b-bit sketch (Li and König, b-bit minwise hashing): the lowest 8 bits of each value, 128
   * bytes instead of 512, for shuffling with every LSH bucket an article is in.
   */
  public static byte[] sketch(int[] signature) {
    byte[] sketch = new byte[signature.length];
    for (int i = 0; i < signature.length; i++) {
      sketch[i] = (byte) signature[i];
    }
    return sketch;
  }

  /**
   * Estimated Jaccard similarity from two sketches. Values that differ still agree on their lowest 8 bits with
   * probability 1/256, so the share of equal bytes E is corrected: {@code (E - 1/256) / (1 - 1/256)}.
   */
  public static double sketchSimilarity(byte[] a, byte[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("sketches of lengths " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    double chance = 1.0 / 256;
    return Math.max(0, ((double) same / a.length - chance) / (1 - chance));
  }
}
