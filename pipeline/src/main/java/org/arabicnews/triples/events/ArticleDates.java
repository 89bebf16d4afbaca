package org.arabicnews.triples.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dates an article's undated event mentions from the ones the same article dates. A wire story gives the day once
 * («استقبل ... في قصر السلام أمس») and then goes on without it («وجرى خلال الاستقبال استعراض العلاقات», «ونقل كارتر
 * لخادم الحرمين الشريفين تحيات الرئيس»); counting those on the publication day would split one reception over two
 * rows whenever the story ran the next morning.
 *
 * <p>Rules, over the mentions of one article with their keys already resolved:
 *
 * <ul>
 *   <li>Only events take part: facts ({@link EventKey#isFact}) have no day, neither giving nor taking one.
 *   <li>An undated mention takes the date of the article's dated mentions between the same two parties, in either
 *       order, when they all give one date.
 *   <li>When no dated mention has the same two parties, it takes the date of those that share one of its parties,
 *       when they all give one date (the greetings the visitor conveyed at the reception).
 *   <li>Otherwise (two dates, or no party in common) it stays undated, and its day is the publication day.
 * </ul>
 */
public final class ArticleDates {
  private static final char SEPARATOR = '\u001f';

  private ArticleDates() {}

  /** The mentions, in order, each undated event given the date its article's other mentions settle on. */
  public static List<Mention> inherit(List<Mention> mentions) {
    Map<String, Set<String>> byPair = new HashMap<>();
    Map<String, Set<String>> byParty = new HashMap<>();
    for (Mention m : mentions) {
      if (m.eventDate() != null && !EventKey.isFact(m.relation())) {
        byPair.computeIfAbsent(pair(m), k -> new TreeSet<>()).add(m.eventDate());
        byParty.computeIfAbsent(m.subjectKey(), k -> new TreeSet<>()).add(m.eventDate());
        byParty.computeIfAbsent(m.objectKey(), k -> new TreeSet<>()).add(m.eventDate());
      }
    }
    if (byPair.isEmpty()) {
      return mentions;
    }
    List<Mention> dated = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean takes = m.eventDate() == null && !EventKey.isFact(m.relation());
      dated.add(takes ? m.withEventDate(dateFor(m, byPair, byParty)) : m);
    }
    return dated;
  }

  private static String dateFor(Mention m, Map<String, Set<String>> byPair, Map<String, Set<String>> byParty) {
    Set<String> dates = byPair.get(pair(m));
    if (dates == null) {
      dates = new TreeSet<>();
      dates.addAll(byParty.getOrDefault(m.subjectKey(), Set.of()));
      dates.addAll(byParty.getOrDefault(m.objectKey(), Set.of()));
    }
    return dates.size() == 1 ? dates.iterator().next() : null;
  }

  private static String pair(Mention m) {
    return m.subjectKey().compareTo(m.objectKey()) <= 0
        ? m.subjectKey() + SEPARATOR + m.objectKey() : m.objectKey() + SEPARATOR + m.subjectKey();
  }
}
