package org.arabicnews.triples.relations;

import java.util.List;

/**
 * A noun phrase that names one or more parties: coordinated conjuncts (باكستان وتونس), or a dual noun that
 * refers to the two parties of the preceding event (الجانبان).
 *
 * @param conjuncts the named parties, in order; empty for a bare dual noun
 * @param first the first token
 * @param last the last token
 * @param pair the dual-noun word (its class PAIR or PAIR_COUNTRY), or null
 */
record Phrase(List<Conjunct> conjuncts, int first, int last, Words.Entry pair) {
  boolean isPair() {
    return pair != null && conjuncts.size() < 2;
  }
}
