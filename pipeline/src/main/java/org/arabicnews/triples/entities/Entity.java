package org.arabicnews.triples.entities;

/**
 * A mention of an entity in an article.
 *
 * @param type what it names
 * @param start offset of the first char in the article text
 * @param end offset one past the last char
 * @param surface the text at [start, end)
 * @param normalized the surface under the match profile
 * @param canonicalKey the entity referred to: ISO 3166 code for countries, else a normalized name; may be null
 * @param source what found it: gazetteer, pattern, model or alias
 * @param confidence in [0, 1]
 * @param sentenceIndex the sentence holding the mention
 */
public record Entity(
    EntityType type,
    int start,
    int end,
    String surface,
    String normalized,
    String canonicalKey,
    String source,
    double confidence,
    int sentenceIndex) {}
