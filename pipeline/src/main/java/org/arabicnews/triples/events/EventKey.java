package org.arabicnews.triples.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.relations.Relation;

/**
 * What makes mentions one row of the relations table: subject key, relation, object key and event day.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The day is the triple's {@code event_date} when the text gives one ({@code yyyy-MM-dd}, or {@code yyyy-MM}
 *       when only the month is stated: that precision is kept), else the day the article was published, else
 *       null (an undated event).
 *   <li>Facts ({@link #FACTS}: who holds which title, who belongs to what) hold over time: their day is null.
 *   <li>A symmetric relation ({@link Relation#symmetric()}: meet, hold_talks, sign_agreement, agree) has its
 *       keys in canonical order, the smaller one (Java string order) as subject, so "A met B" and "B met A" are
 *       one row. Relations the inventory does not know are treated as directed.
 * </ul>
 */
public record EventKey(String subjectKey, String relation, String objectKey, String day) {
  /** Relations that are facts, aggregated without a day. */
  public static final Set<String> FACTS = Set.of("holds_title", "affiliated_with");

  private static final char SEPARATOR = '\u001f';
  private static final Map<String, Relation> BY_LABEL = new HashMap<>();

  static {
    for (Relation r : Relation.values()) {
      BY_LABEL.put(r.label(), r);
    }
  }

  public EventKey {
    subjectKey = clean(subjectKey);
    objectKey = clean(objectKey);
  }

  public static boolean isFact(String relation) {
    return FACTS.contains(relation);
  }

  public static boolean isSymmetric(String relation) {
    Relation r = BY_LABEL.get(relation);
    return r != null && r.symmetric();
  }

  /** The mention with its arguments in the row's order: swapped when the relation is symmetric and keys are not. */
  public static Mention canonical(Mention m) {
    return isSymmetric(m.relation()) && m.subjectKey().compareTo(m.objectKey()) > 0 ? m.swapped() : m;
  }

  /** The key of a mention already in {@link #canonical} order. */
  public static EventKey of(Mention m) {
    String day = isFact(m.relation()) ? null : m.eventDate() != null ? m.eventDate() : m.seenDay();
    return new EventKey(m.subjectKey(), m.relation(), m.objectKey(), day);
  }

  /** Stable id of the row: 16 hex digits of SHA-256 over the four parts. */
  public String relationId() {
    return StableId.of(subjectKey, relation, objectKey, day == null ? "" : day);
  }

  /** The key as one string, for shuffling. */
  public String encode() {
    return subjectKey + SEPARATOR + relation + SEPARATOR + objectKey + SEPARATOR + (day == null ? "" : day);
  }

  public static EventKey decode(String encoded) {
    String[] parts = encoded.split(String.valueOf(SEPARATOR), 4);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an encoded event key: " + encoded);
    }
    return new EventKey(parts[0], parts[1], parts[2], parts[3].isEmpty() ? null : parts[3]);
  }

  private static String clean(String key) {
    return key.indexOf(SEPARATOR) < 0 ? key : key.replace(SEPARATOR, ' ');
  }
}
