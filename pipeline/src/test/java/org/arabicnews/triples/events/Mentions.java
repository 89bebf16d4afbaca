package org.arabicnews.triples.events;

/** Mentions for aggregation tests. */
final class Mentions {
  private Mentions() {}

  static Mention of(String subjectKey, String relation, String objectKey) {
    return Mention.ofTriple("a1", subjectKey, "PER", subjectKey, relation, null, null, objectKey, "PER", objectKey,
        null, null, 0.8);
  }

  static Mention seen(Mention m, String clusterId, String source, String published) {
    return m.inArticle(clusterId, source, published);
  }
}
