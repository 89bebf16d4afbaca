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

  /** The signature as 4 big-endian bytes per value, for shuffling. */
  public static byte[] toBytes(int[] signature) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(signature.length * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    int[] signature = new int[bytes.length / Integer.BYTES];
    java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }
}
