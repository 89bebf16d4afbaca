package org.arabicnews.triples.text;

/**
 * A normalized string together with where each of its chars came from in the original, so a span found
 * in the normalized text maps back to the exact original characters.
 *
 * <p>Normalized char {@code i} came from the original range {@code [fromStart[i], fromEnd[i])}: one original
 * char usually; a whole ligature for each char of its expansion (ﻷ → لأ: both map to ﻷ); a whole whitespace
 * run for the space or line breaks it became; a letter together with a combining hamza composed into it,
 * or with the diacritics the match profile removed after it. Both arrays are non-decreasing. Removed
 * tatweel and controls belong to no normalized char, so a span never gains them at its edges.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] fromStart;
  private final int[] fromEnd;

  /** The arrays may be longer than {@code text}; only the first {@code text.length()} entries count. */
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

  /** Start in the original of the normalized span starting at {@code start} (0..length). */
  public int originalStart(int start) {
    return start < text.length() ? fromStart[start] : original.length();
  }

  /** End (exclusive) in the original of the normalized span ending at {@code end} (0..length, exclusive). */
  public int originalEnd(int end) {
    return end == 0 ? (text.isEmpty() ? original.length() : fromStart[0]) : fromEnd[end - 1];
  }

  /** The original chars behind the normalized span {@code [start, end)}. */
  public String originalSubstring(int start, int end) {
    return original.substring(originalStart(start), Math.max(originalStart(start), originalEnd(end)));
  }
}
