package org.arabicnews.triples.events;

import java.util.List;

/**
 * Fingerprints articles for duplicate detection.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Two articles are exact duplicates when their words under the match profile are the same, in the same
 *       order ({@link Shingles#words}): diacritics, letter variants, punctuation and spacing do not count.
 *   <li>An article is also compared for near duplicates (MinHash over {@link Shingles#SIZE}-word shingles) when
 *       it has at least {@link #MIN_WORDS} words and is not a related headline. A headline of a dozen words has
 *       ten shingles: one changed word moves its Jaccard similarity by a third, so for short texts only the
 *       exact comparison is reliable. Related headlines repeated under many pages are exact duplicates.
 *   <li>An article with no word at all gets no fingerprint and is a duplicate of nothing.
 * </ul>
 */
public final class Fingerprinter {
  /** Fewest words for a near-duplicate comparison. */
  public static final int MIN_WORDS = 20;
  private static final String RELATED_HEADLINE = "related_headline";

  /** Whether an article of this kind and length gets a MinHash signature, not only an exact key. */
  public static boolean comparedForNearDuplicates(String segmentKind, int words) {
    return words >= MIN_WORDS && !RELATED_HEADLINE.equals(segmentKind);
  }

  /** The fingerprint, or null for an article with no words. */
  public Fingerprint fingerprint(String articleId, String segmentKind, String published, String text) {
    List<String> words = Shingles.words(text);
    if (words.isEmpty()) {
      return null;
    }
    long exactKey = Hashing.sha256(String.join(" ", words));
    int[] signature = null;
    if (comparedForNearDuplicates(segmentKind, words.size())) {
      signature = MinHash.signature(Shingles.of(words));
    }
    return new Fingerprint(DuplicateRank.of(segmentKind, published, articleId), exactKey, signature);
  }
}
