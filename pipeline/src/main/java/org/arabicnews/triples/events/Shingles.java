package org.arabicnews.triples.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * The words of a text under the {@code match} profile, and their word shingles.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The text is normalized with {@link ArabicNormalizer#match()}: diacritics, tatweel and letter variants
 *       (أ/إ/آ → ا, ى → ي, ة → ه) do not make two copies differ.
 *   <li>A word is a maximal run of letters and digits; punctuation and whitespace only separate words, so
 *       «واس - جدة» and «واس-جدة» have the same words.
 *   <li>A shingle is {@link #SIZE} consecutive words; a text's shingles are a set (repeats count once), held as
 *       sorted distinct 64-bit hashes.
 * </ul>
 */
public final class Shingles {
  /** Words per shingle. Three words tell syndicated copies (Jaccard 0.8 and more) from stories on one topic. */
  public static final int SIZE = 3;

  private Shingles() {}

  /** The words of {@code text}, match-normalized, in order. */
  public static List<String> words(String text) {
    String normalized = ArabicNormalizer.match().normalizeToString(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < normalized.length(); ) {
      int cp = normalized.codePointAt(i);
      boolean wordChar = Character.isLetterOrDigit(cp);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(normalized.substring(start));
    }
    return words;
  }

  /** The distinct hashes of the {@link #SIZE}-word shingles of {@code words}, sorted; empty when too few words. */
  public static long[] of(List<String> words) {
    int n = words.size() - SIZE + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] hashes = new long[n];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < n; i++) {
      shingle.setLength(0);
      for (int k = i; k < i + SIZE; k++) {
        shingle.append(words.get(k)).append(' ');
      }
      hashes[i] = Hashing.of(shingle);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }
}
