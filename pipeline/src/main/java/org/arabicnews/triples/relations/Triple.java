package org.arabicnews.triples.relations;

import org.arabicnews.triples.entities.Entity;

/**
 * A relation stated in one sentence.
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
    String rule) {}
