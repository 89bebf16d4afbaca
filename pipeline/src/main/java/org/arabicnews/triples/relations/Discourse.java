package org.arabicnews.triples.relations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What an article has said so far, for the references that lean on it: the two parties of the latest events
 * (الجانبان، وقع الوزيران، بحثا) and the latest actor (a dropped subject).
 *
 * <p>Events in a relative clause or after منذ are background (الشراكة التي وقعها الملكان) and do not change it;
 * nor does an event with a city or other place as a party (زار موسكو).
 */
final class Discourse {
  private static final int REMEMBERED_PAIRS = 4;

  private final Deque<Party[]> pairs = new ArrayDeque<>();
  private Party topic;

  void event(Party subject, Party object) {
    topic = subject;
    if (object != null && !subject.sameAs(object) && !subject.isPlace() && !object.isPlace()) {
      Party[] latest = pairs.peekFirst();
      if (latest != null && samePair(latest, subject, object)) {
        return;
      }
      pairs.addFirst(new Party[] {subject, object});
      if (pairs.size() > REMEMBERED_PAIRS) {
        pairs.removeLast();
      }
    }
  }

  Party topic() {
    return topic;
  }

  /**
   * The two parties a dual noun refers to: the latest pair both of whose parties hold one of the noun's title
   * words (الوزيران: وزير), or whose titles are unknown; any latest pair when the noun names no title.
   */
  Party[] pair(Words.Entry noun) {
    String[] titleWords = noun == null || noun.value().isEmpty() ? null : noun.value().split("\\|");
    for (Party[] pair : pairs) {
      if (titleWords == null) {
        return pair;
      }
      boolean known = !pair[0].titles().isEmpty() && !pair[1].titles().isEmpty();
      boolean persons = pair[0].isPerson() && pair[1].isPerson();
      if (persons && (!known || (pair[0].holdsAny(titleWords) && pair[1].holdsAny(titleWords)))) {
        return pair;
      }
    }
    return null;
  }

  /** The countries of the latest pair (البلدان), when both are known and differ; else null. */
  Party[] countryPair() {
    Party[] pair = pairs.peekFirst();
    if (pair == null || pair[0].country() == null || pair[1].country() == null) {
      return null;
    }
    Party a = new Party(pair[0].country(), List.of(), List.of());
    Party b = new Party(pair[1].country(), List.of(), List.of());
    return a.sameAs(b) ? null : new Party[] {a, b};
  }

  /** The party of the latest pair that is not {@code self}, for a pronoun (معه، به); else the topic. */
  Party other(Party self) {
    Party[] pair = pairs.peekFirst();
    if (pair != null) {
      if (self != null && pair[0].sameAs(self)) {
        return pair[1];
      }
      if (self != null && pair[1].sameAs(self)) {
        return pair[0];
      }
    }
    return topic != null && !topic.sameAs(self) ? topic : null;
  }

  private static boolean samePair(Party[] pair, Party a, Party b) {
    return (pair[0].sameAs(a) && pair[1].sameAs(b)) || (pair[0].sameAs(b) && pair[1].sameAs(a));
  }
}
