package org.arabicnews.triples.relations;

import java.util.Set;

/**
 * One row of {@code triggers.tsv}: a way a relation is stated.
 *
 * @param id the rule id
 * @param relation what the rule extracts
 * @param cameoCode the CAMEO code, or null
 * @param nouns normalized nouns that must follow the verb (the trigger words themselves for a noun rule)
 * @param nounClass a word class whose words also count as the noun, or null
 * @param objectMarkers how the object attaches: "direct", a normalized preposition, or "بين"
 * @param reverse whether the grammatical object is the actor
 * @param agreement whether the noun may be the antecedent of a relative clause
 * @param passive whether the verb is impersonal and the parties come from the described event
 * @param possessive whether the rule is a verbal noun whose subject is a pronoun or the sentence's subject
 * @param nested whether the object may be an actor inside the complement
 * @param carried whether the subject carries what the phrase after the noun sent (نقل تحيات X)
 * @param purpose whether the noun states the purpose of the sentence's event (لبحث)
 * @param meeting whether the object is the meeting, session or committee work the subject presides over (ترأس
 *     الاجتماع), a phrase of the text rather than an entity; for a noun rule (برئاسة) the chair follows the noun
 *     and the meeting precedes it
 * @param confidence prior probability that the rule's triples are right
 */
record TriggerRule(
    String id,
    Relation relation,
    String cameoCode,
    Set<String> nouns,
    WordClass nounClass,
    Set<String> objectMarkers,
    boolean reverse,
    boolean agreement,
    boolean passive,
    boolean possessive,
    boolean nested,
    boolean carried,
    boolean purpose,
    boolean meeting,
    double confidence) {

  static final String DIRECT = "direct";
  static final String BETWEEN = "بين";

  boolean needsNoun() {
    return !nouns.isEmpty() || nounClass != null;
  }

  boolean takes(String marker) {
    return objectMarkers.contains(marker);
  }
}
