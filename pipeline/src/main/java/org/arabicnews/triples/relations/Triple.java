package org.arabicnews.triples.relations;

import org.arabicnews.triples.entities.Entity;

/**
 * A relation stated in one sentence.
 *
 * <p>The subject and object are entity mentions of the article; for a relation stated about parties named
 * earlier (وقع الوزيران, بحث الجانبان) they are those earlier mentions, so their offsets may lie before the
 * sentence.
 *
 * @param sentenceIndex the sentence, 0-based
 * @param subject the subject mention
 * @param relation what is stated
 * @param cameoCode the CAMEO code, or null
 * @param predicateStart offset of the predicate in the article text
 * @param predicateEnd offset one past the predicate
 * @param object the object mention
 * @param confidence in [0, 1]
 * @param rule id of the rule that fired
 * @param plover the PLOVER category of the CAMEO code, or null
 * @param location where the event took place as the sentence names it, or null
 * @param eventDate yyyy-MM-dd or yyyy-MM, or null
 * @param polarity whether the event is stated or denied
 * @param modality asserted, planned or reported
 */
public record Triple(
    int sentenceIndex,
    Entity subject,
    Relation relation,
    String cameoCode,
    int predicateStart,
    int predicateEnd,
    Entity object,
    double confidence,
    String rule,
    String plover,
    String location,
    String eventDate,
    Polarity polarity,
    Modality modality) {

  /** A positive, asserted triple with no PLOVER category, place or date. */
  public Triple(int sentenceIndex, Entity subject, Relation relation, String cameoCode, int predicateStart,
      int predicateEnd, Entity object, double confidence, String rule) {
    this(sentenceIndex, subject, relation, cameoCode, predicateStart, predicateEnd, object, confidence, rule, null,
        null, null, Polarity.POSITIVE, Modality.ASSERTED);
  }
}
