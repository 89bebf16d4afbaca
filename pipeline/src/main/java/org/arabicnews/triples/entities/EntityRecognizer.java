package org.arabicnews.triples.entities;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * Finds entity mentions: countries from CLDR's Arabic names, nationality adjectives, and persons named
 * after a counterpart word (نظيره الروسي سيرغي لافروف) or set off by commas after a title.
 */
public final class EntityRecognizer {
  private static final int MAX_NAME_TOKENS = 3;
  private static final int MAX_COUNTRY_TOKENS = 4;
  private static final Set<String> PROCLITICS = Set.of("و", "ب", "ل", "ف", "ك");
  private static final Set<String> COUNTERPART = Set.of("نظيره", "نظيرته", "نظيريه");
  private static final Set<String> TITLE_WORDS =
      Set.of("وزير", "الوزير", "الرئيس", "رئيس", "الملك", "العاهل", "الامير", "نائب", "ولي", "السفير");
  private static final Set<String> NOT_NAME = Set.of(
      "في", "من", "مع", "الي", "علي", "عن", "اليوم", "امس", "الذي", "التي", "ان", "او", "ثم", "خلال", "وفق", "بين");

  private final Map<String, String> countries = new HashMap<>();

  public EntityRecognizer() {
    ArabicNormalizer match = ArabicNormalizer.match();
    ULocale arabic = new ULocale("ar");
    for (String iso : ULocale.getISOCountries()) {
      String name = new ULocale("", iso).getDisplayCountry(arabic);
      if (!name.isBlank() && !name.equals(iso)) {
        countries.put(match.normalizeToString(name), iso);
      }
    }
  }

  public List<Entity> recognize(AnalyzedText text) {
    List<Entity> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int next = country(text, sentence, tokens, i, found);
        if (next > i) {
          i = next - 1;
          continue;
        }
        if (COUNTERPART.contains(tokens.get(i).norm())) {
          int j = i + 1;
          if (j < tokens.size() && isNationality(tokens.get(j))) {
            found.add(entity(text, sentence, EntityType.NORP, tokens.get(j), tokens.get(j), null, "pattern"));
            j++;
          }
          int end = nameEnd(tokens, j);
          if (end > j) {
            found.add(person(text, sentence, tokens.get(j), tokens.get(end - 1)));
            i = end - 1;
          }
        }
      }
      appositivePersons(text, sentence, found);
    }
    found.sort(Comparator.comparingInt(Entity::start));
    return found;
  }

  /** A country name starting at token i, possibly behind a one-letter proclitic; returns the token after it. */
  private int country(AnalyzedText text, Sentence sentence, List<Token> tokens, int i, List<Entity> found) {
    for (int len = Math.min(MAX_COUNTRY_TOKENS, tokens.size() - i); len >= 1; len--) {
      StringBuilder key = new StringBuilder();
      for (int k = i; k < i + len; k++) {
        key.append(k == i ? "" : " ").append(tokens.get(k).norm());
      }
      String name = key.toString();
      String iso = countries.get(name);
      int clitic = 0;
      if (iso == null && name.length() > 2 && PROCLITICS.contains(name.substring(0, 1))) {
        iso = countries.get(name.substring(1));
        clitic = 1;
      }
      if (iso != null) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + len - 1);
        int start = first.start() + clitic;
        found.add(new Entity(EntityType.GPE, start, last.end(), text.text().substring(start, last.end()),
            name.substring(clitic), iso, "gazetteer", 0.9, sentence.index()));
        return i + len;
      }
    }
    return i;
  }

  /** Persons set off by commas right after a title phrase: "وزير الخارجية ...، ناصر بوريطة،". */
  private void appositivePersons(AnalyzedText text, Sentence sentence, List<Entity> found) {
    List<Token> tokens = sentence.tokens();
    int clauseStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).surface().equals("،")) {
        continue;
      }
      boolean titled = false;
      for (int k = clauseStart; k < i; k++) {
        titled |= TITLE_WORDS.contains(tokens.get(k).norm());
      }
      int end = nameEnd(tokens, i + 1);
      if (titled && end > i + 2 && end < tokens.size() && tokens.get(end).surface().equals("،")) {
        found.add(person(text, sentence, tokens.get(i + 1), tokens.get(end - 1)));
      }
      clauseStart = i + 1;
    }
  }

  private static int nameEnd(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j - from < MAX_NAME_TOKENS && tokens.get(j).kind() == Token.Kind.ARABIC
        && !NOT_NAME.contains(tokens.get(j).norm())) {
      j++;
    }
    return j;
  }

  private static boolean isNationality(Token t) {
    String n = t.norm();
    return n.startsWith("ال") && (n.endsWith("ي") || n.endsWith("يه"));
  }

  private static Entity person(AnalyzedText text, Sentence sentence, Token first, Token last) {
    String surface = text.text().substring(first.start(), last.end());
    String normalized = ArabicNormalizer.match().normalizeToString(surface);
    return new Entity(EntityType.PER, first.start(), last.end(), surface, normalized, normalized, "pattern", 0.7,
        sentence.index());
  }

  private static Entity entity(AnalyzedText text, Sentence sentence, EntityType type, Token first, Token last,
      String key, String source) {
    String surface = text.text().substring(first.start(), last.end());
    return new Entity(type, first.start(), last.end(), surface, ArabicNormalizer.match().normalizeToString(surface),
        key, source, 0.7, sentence.index());
  }
}
