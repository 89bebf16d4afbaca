package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Sentence;

/**
 * Entities marked by hand on a test text, so relation rules are tested apart from the recognizer. A mark is
 * "TYPE surface" or "TYPE surface=KEY"; every occurrence of the surface becomes a mention. Persons and titles
 * without a key get their normalized surface as key.
 */
final class Marked {
  private Marked() {}

  static List<Entity> entities(AnalyzedText text, String... marks) {
    ArabicNormalizer match = ArabicNormalizer.match();
    List<Entity> entities = new ArrayList<>();
    for (String mark : marks) {
      int space = mark.indexOf(' ');
      EntityType type = EntityType.valueOf(mark.substring(0, space));
      String rest = mark.substring(space + 1);
      int eq = rest.indexOf('=');
      String surface = eq < 0 ? rest : rest.substring(0, eq);
      String key = eq < 0 ? match.normalizeToString(surface) : rest.substring(eq + 1);
      int from = 0;
      int at;
      boolean found = false;
      while ((at = text.text().indexOf(surface, from)) >= 0) {
        entities.add(new Entity(type, at, at + surface.length(), surface, match.normalizeToString(surface), key,
            "test", 0.9, sentenceOf(text, at)));
        from = at + surface.length();
        found = true;
      }
      if (!found) {
        throw new IllegalArgumentException("mark not in text: " + surface);
      }
    }
    return entities;
  }

  private static int sentenceOf(AnalyzedText text, int offset) {
    for (Sentence s : text.sentences()) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("offset outside every sentence: " + offset);
  }
}
