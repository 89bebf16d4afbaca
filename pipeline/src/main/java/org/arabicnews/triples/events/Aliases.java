package org.arabicnews.triples.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;

/**
 * Who a title or a short name refers to across the run, learned from the articles that say it.
 *
 * <p>Within one article the entity stage links a later mention to the person named in full, by emitting over the
 * mention's span a PER entity with source {@code alias} and the person's key: a title-only mention («خادم الحرمين
 * الشريفين الملك سلمان بن عبدالعزيز ... وأكد خادم الحرمين الشريفين»), or a shorter name («الملك سلمان بن عبدالعزيز آل
 * سعود ... الملك سلمان بن عبدالعزيز»). Each such article is one vote: for (the title's key, person) when a TITLE
 * entity covers the same span, else for (the name as written under the match profile, person). Another article
 * that only writes the title, or only the short name, then gets the person's key, so one person has one key in the
 * relations table.
 *
 * <p>Rules for resolving a mention of day D:
 *
 * <ul>
 *   <li>Only votes from articles published within {@code windowDays} days of D count (for a month, of the
 *       month's first and last day), so a title that changes holder (ولي العهد in April 2015) resolves to whoever
 *       held it then. Votes without a day, and every vote for a mention without a day, count.
 *   <li>It resolves to a person only when at least {@link #MIN_VOTES} articles vote and at least
 *       {@link #MIN_SHARE} of them name that person. Otherwise (a tie, a title such as «وزير الخارجية» linked to
 *       the ministers of several countries, an honorific such as «فخامة» used for every president, a first name
 *       such as «سلمان») it keeps its own key: merging two people is worse than leaving one person under two keys,
 *       so a guess never merges.
 * </ul>
 */
public final class Aliases {
  /** Fewest linking articles that can resolve a title or name. */
  public static final int MIN_VOTES = 3;
  /** Share of the counted votes the person needs. */
  public static final double MIN_SHARE = 0.8;
  private static final String ALIAS = "alias";

  private Aliases() {}

  /** The person a title or name refers to on {@code day} ({@code yyyy-MM-dd}, {@code yyyy-MM} or null), or null. */
  public static String resolve(Iterable<AliasVote> votes, String day, int windowDays) {
    LocalDate from = null;
    LocalDate to = null;
    if (day != null) {
      LocalDate[] span = NewsDates.span(day);
      from = span[0].minusDays(windowDays);
      to = span[1].plusDays(windowDays);
    }
    Map<String, Long> links = new TreeMap<>();
    long total = 0;
    for (AliasVote v : votes) {
      if (from != null && v.day() != null) {
        LocalDate voted = LocalDate.parse(v.day());
        if (voted.isBefore(from) || voted.isAfter(to)) {
          continue;
        }
      }
      links.merge(v.person(), v.links(), Long::sum);
      total += v.links();
    }
    if (total < MIN_VOTES) {
      return null;
    }
    for (Map.Entry<String, Long> e : links.entrySet()) {
      if (e.getValue() >= MIN_SHARE * total) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The (title key or written name, person key) links one article makes: each PER entity with source
   * {@code alias}, under the key of the TITLE entity over exactly its span if there is one, else under its match
   * form. Each pair once per article, sorted.
   */
  public static List<Map.Entry<String, String>> links(List<Entity> entities) {
    Map<String, String> titles = new TreeMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.TITLE) {
        titles.put(e.start() + ":" + e.end(), e.canonicalKey() != null ? e.canonicalKey() : e.normalized());
      }
    }
    Set<String> seen = new HashSet<>();
    List<Map.Entry<String, String>> links = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER || !ALIAS.equals(e.source()) || e.canonicalKey() == null) {
        continue;
      }
      String said = titles.getOrDefault(e.start() + ":" + e.end(), e.normalized());
      if (!e.canonicalKey().equals(said) && seen.add(said + '\u001f' + e.canonicalKey())) {
        links.add(Map.entry(said, e.canonicalKey()));
      }
    }
    links.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    return links;
  }
}
