package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * One party of a name phrase: its mentions (titles, nationality, name, complements) and the one that stands
 * for the party, its head.
 *
 * @param head the mention that stands for the party: the name, else the organisation, place or title
 * @param first the phrase's first token
 * @param last the phrase's last token
 * @param units its mentions in order
 * @param counterpart whether it is introduced by نظيره (his counterpart)
 * @param posted the mentions of where a title's holder is posted (المندوب الدائم لدى الأمم المتحدة): part of
 *     the phrase, but not the holder's country
 */
record Conjunct(Entity head, int first, int last, List<Mention> units, boolean counterpart, List<Mention> posted) {
  private static final Set<String> POSTED = Set.of("لدي", "الي", "في");

  /** The titles the head holds: the TITLE mentions before or after the name. */
  List<Entity> titles() {
    List<Entity> titles = new ArrayList<>();
    if (head.type() != EntityType.PER) {
      return titles;
    }
    for (Mention m : units) {
      Entity title = m.title();
      if (title != null && !(title.start() == head.start() && title.end() == head.end())) {
        titles.add(title);
      }
    }
    return titles;
  }

  /**
   * The countries the phrase ties its head to: nationality adjectives and country names in its titles, except a
   * country a title names after لدى, إلى or في (سفير المملكة لدى مصر is posted to Egypt, not from it).
   */
  List<Entity> countries() {
    List<Entity> countries = new ArrayList<>();
    for (Mention m : units) {
      if (posted.contains(m)) {
        continue;
      }
      if (m.entity() != head && isCountry(m.entity())) {
        countries.add(m.entity());
      }
      for (Entity e : m.inner()) {
        if (isCountry(e) && !postedTo(m.entity(), e)) {
          countries.add(e);
        }
      }
    }
    return countries;
  }

  private static boolean postedTo(Entity outer, Entity inner) {
    String before = outer.surface().substring(0, Math.max(0, inner.start() - outer.start())).strip();
    int space = before.lastIndexOf(' ');
    String word = ArabicNormalizer.match().normalizeToString(space < 0 ? before : before.substring(space + 1));
    return POSTED.contains(word);
  }

  /** A nationality, or a place whose key is an ISO 3166 alpha-2 code. */
  static boolean isCountry(Entity e) {
    if (e.type() == EntityType.NORP) {
      return e.canonicalKey() != null;
    }
    String key = e.canonicalKey();
    return e.type() == EntityType.GPE && key != null && key.length() == 2 && Character.isUpperCase(key.charAt(0))
        && Character.isUpperCase(key.charAt(1));
  }
}
