package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * Extracts relation triples from an article's sentences and entities.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code hold_talks.vso}: أجرى ... مباحثات/محادثات مع: the first actor between the verb and the noun is
 *       the subject, the first actor after مع the object.
 *   <li>{@code agree.coordination}: اتفق/اتفقت X وY: X and Y agreed.
 * </ul>
 */
public final class RelationExtractor {
  public static final String VERSION = "0.1.0";

  private static final Set<String> CONDUCTED = Set.of("اجري", "واجري");
  private static final Set<String> TALKS = Set.of("مباحثات", "محادثات");
  private static final Set<EntityType> ACTORS = Set.of(EntityType.PER, EntityType.GPE, EntityType.ORG);

  public List<Triple> extract(AnalyzedText text, List<Entity> entities) {
    List<Triple> triples = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Entity> actors = new ArrayList<>();
      for (Entity e : entities) {
        if (e.sentenceIndex() == sentence.index() && ACTORS.contains(e.type())) {
          actors.add(e);
        }
      }
      holdTalks(sentence, actors, triples);
      agree(sentence, actors, triples);
    }
    return triples;
  }

  private static void holdTalks(Sentence sentence, List<Entity> actors, List<Triple> out) {
    List<Token> tokens = sentence.tokens();
    for (int v = 0; v < tokens.size(); v++) {
      if (!CONDUCTED.contains(tokens.get(v).norm())) {
        continue;
      }
      for (int n = v + 1; n + 1 < tokens.size(); n++) {
        if (TALKS.contains(tokens.get(n).norm()) && tokens.get(n + 1).norm().equals("مع")) {
          Entity subject = firstIn(actors, tokens.get(v).end(), tokens.get(n).start());
          Entity object = firstIn(actors, tokens.get(n + 1).end(), sentence.end());
          if (subject != null && object != null) {
            Token verb = tokens.get(v);
            out.add(new Triple(sentence.index(), subject, Relation.HOLD_TALKS, Relation.HOLD_TALKS.cameoCode(),
                verb.start(), verb.end(), object, 0.8, "hold_talks.vso"));
          }
          break;
        }
      }
    }
  }

  private static void agree(Sentence sentence, List<Entity> actors, List<Triple> out) {
    List<Token> tokens = sentence.tokens();
    for (int v = 0; v < tokens.size(); v++) {
      String norm = tokens.get(v).norm();
      if (!(norm.startsWith("اتفق") || norm.startsWith("واتفق"))) {
        continue;
      }
      Entity first = firstIn(actors, tokens.get(v).end(), sentence.end());
      if (first == null || v + 1 >= tokens.size() || first.start() != tokens.get(v + 1).start()) {
        continue;
      }
      Entity second = firstIn(actors, first.end(), sentence.end());
      // "X وY": the second actor is the next word, behind the conjunction.
      if (second != null && second.start() - first.end() <= 2) {
        Token verb = tokens.get(v);
        out.add(new Triple(sentence.index(), first, Relation.AGREE, Relation.AGREE.cameoCode(), verb.start(),
            verb.end(), second, 0.8, "agree.coordination"));
      }
    }
  }

  private static Entity firstIn(List<Entity> actors, int from, int to) {
    for (Entity e : actors) {
      if (e.start() >= from && e.end() <= to) {
        return e;
      }
    }
    return null;
  }
}
