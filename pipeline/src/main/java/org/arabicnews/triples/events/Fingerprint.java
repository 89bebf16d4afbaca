package org.arabicnews.triples.events;

/**
 * What near-duplicate detection needs of an article, and nothing of its text.
 *
 * @param rank the article's {@link DuplicateRank}: the lowest rank of a cluster is its representative
 * @param exactKey hash of the article's words under the match profile: equal keys are exact duplicates
 * @param signature MinHash signature, or null for an article compared by {@code exactKey} only
 */
public record Fingerprint(String rank, long exactKey, int[] signature) {
  public boolean nearDuplicateCandidate() {
    return signature != null;
  }

  /** The signature's {@link MinHash#sketch}, what verification compares. */
  public byte[] sketch() {
    return MinHash.sketch(signature);
  }
}
