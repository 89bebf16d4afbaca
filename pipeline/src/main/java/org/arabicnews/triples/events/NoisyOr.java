package org.arabicnews.triples.events;

/**
 * Combines the confidences of independent reports of one event: {@code 1 - Π(1 - c_i)}, capped at {@link #CAP}.
 *
 * <p>Each report's term {@code -ln(1 - c_i)} is kept as a fixed-point integer, so the sum, and the confidence
 * written, do not depend on the order in which a runner merges partial results (floating-point products do).
 * The cap keeps room for doubt: copies of one wire story repeat the same extraction error.
 */
public final class NoisyOr {
  /** Highest combined confidence, and highest single confidence counted. */
  public static final double CAP = 0.99;
  private static final double SCALE = 1e9;

  private NoisyOr() {}

  /** The evidence of one report of confidence {@code confidence}, clipped to [0, CAP]. */
  public static long evidence(double confidence) {
    double c = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(CAP, confidence));
    return Math.round(-StrictMath.log1p(-c) * SCALE);
  }

  /** The combined confidence of reports whose evidence sums to {@code evidence}. */
  public static double confidence(long evidence) {
    return Math.min(CAP, -StrictMath.expm1(-(evidence / SCALE)));
  }
}
