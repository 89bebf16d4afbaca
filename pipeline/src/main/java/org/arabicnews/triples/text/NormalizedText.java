package org.arabicnews.triples.text;

/**
 * A normalized string together with where each of its chars came from in the original, so a span found
 * in the normalized text maps back to the exact original characters.
 *
 * <p>Each normalized char {@code i} came from the original range {@code [fromStart[i], fromEnd[i])}: one
 * original char usually, a surrogate pair or an expanded ligature sometimes. Chars the normalizer deleted
 * (diacritics, controls, tatweel) belong to no normalized char, so a span never gains them at its edges.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] fromStart;
  private final int[] fromEnd;

  NormalizedText(String original, String text, int[] fromStart, int[] fromEnd) {
    this.original = original;
    this.text = text;
    this.fromStart = fromStart;
    this.fromEnd = fromEnd;
  }

  /** The input, unchanged. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Start in the original of the normalized span starting at {@code start}. */
  public int originalStart(int start) {
    return start < text.length() ? fromStart[start] : original.length();
  }

  /** End (exclusive) in the original of the normalized span ending at {@code end} (exclusive). */
  public int originalEnd(int end) {
    return end == 0 ? (text.isEmpty() ? original.length() : fromStart[0]) : fromEnd[end - 1];
  }
}
