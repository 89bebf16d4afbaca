package org.arabicnews.triples.relations;

import java.util.List;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * A participant of an event: the mention that stands for it, with the titles and countries its phrase gave.
 *
 * @param entity the head mention
 * @param titles the TITLE mentions of its phrase (for a counterpart, the subject's: نظيره holds the same office)
 * @param countries the nationality and country mentions of its phrase
 */
record Party(Entity entity, List<Entity> titles, List<Entity> countries) {
  static Party of(Conjunct c) {
    List<Entity> titles = c.titles();
    if (titles.isEmpty()) {
      Entity title = null;
      for (Mention m : c.units()) {
        if (title == null && m.title() != null) {
          title = m.title();
        }
      }
      if (title != null) {
        titles = List.of(title);
      }
    }
    return new Party(c.head(), titles, c.countries());
  }

  Party withTitles(List<Entity> borrowed) {
    return titles.isEmpty() ? new Party(entity, borrowed, countries) : this;
  }

  /** Whether one of its titles contains one of the words (match-normalized). */
  boolean holdsAny(String[] titleWords) {
    for (Entity t : titles) {
      String norm = t.normalized() != null ? t.normalized() : ArabicNormalizer.match().normalizeToString(t.surface());
      for (String word : norm.split(" ")) {
        for (String w : titleWords) {
          if (word.equals(w) || word.equals("ال" + w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The country it stands for: itself when a country, else the first country of its phrase; or null. */
  Entity country() {
    if (entity.type() == EntityType.GPE && Conjunct.isCountry(entity)) {
      return entity;
    }
    return countries.isEmpty() ? null : countries.get(0);
  }

  /** A city, region or other place: not a party that talks or signs. */
  boolean isPlace() {
    return entity.type() == EntityType.LOC || (entity.type() == EntityType.GPE && !Conjunct.isCountry(entity));
  }

  /** A person, named or by title. */
  boolean isPerson() {
    return entity.type() == EntityType.PER || entity.type() == EntityType.TITLE;
  }

  boolean sameAs(Party other) {
    if (other == null) {
      return false;
    }
    if (entity.start() == other.entity.start() && entity.end() == other.entity.end()) {
      return true;
    }
    return entity.canonicalKey() != null && entity.canonicalKey().equals(other.entity.canonicalKey());
  }
}
