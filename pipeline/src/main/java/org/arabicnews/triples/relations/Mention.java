package org.arabicnews.triples.relations;

import java.util.List;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;

/**
 * An entity mention placed on a sentence's tokens.
 *
 * @param entity the mention chosen where several share a span (PER first)
 * @param first the token holding its first char
 * @param last the token holding its last char
 * @param clitic the match-normalized letters of the first token before the mention (بـ of بالرئيس), or ""
 * @param inner mentions inside it or over the same span (the TITLE under a PER alias, الروسية in a TITLE)
 */
record Mention(Entity entity, int first, int last, String clitic, List<Entity> inner) {
  /** What a mention is in a name phrase. */
  enum Kind {
    NAME,
    TITLE,
    NORP,
    PLACE,
    ORG,
    LOC
  }

  Kind kind() {
    switch (entity.type()) {
      case PER:
        return titleAlias() || TitlePhrases.isTitleTakenForName(entity.normalized()) ? Kind.TITLE : Kind.NAME;
      case TITLE:
        return Kind.TITLE;
      case NORP:
        return Kind.NORP;
      case GPE:
        return Kind.PLACE;
      case ORG:
        return Kind.ORG;
      default:
        return Kind.LOC;
    }
  }

  /** A person mention over a title (خادم الحرمين الشريفين standing for the king). */
  boolean titleAlias() {
    if (entity.type() != EntityType.PER) {
      return false;
    }
    for (Entity e : inner) {
      if (e.type() == EntityType.TITLE && e.start() == entity.start() && e.end() == entity.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The TITLE entity of a title mention (itself, or the one under a PER alias; a name mention that starts with
   * an office word, such as النائب الثاني, is taken for the title it is), or null.
   */
  Entity title() {
    if (entity.type() == EntityType.TITLE
        || (entity.type() == EntityType.PER && TitlePhrases.isTitleTakenForName(entity.normalized()))) {
      return entity;
    }
    for (Entity e : inner) {
      if (e.type() == EntityType.TITLE && e.start() == entity.start() && e.end() == entity.end()) {
        return e;
      }
    }
    return null;
  }
}
