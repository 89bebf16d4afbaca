package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.text.ArabicChars;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * One sentence as the relation rules read it: its tokens, the entity mentions on them (nested and same-span
 * mentions folded into the outermost one) and the closed-class words found at each token.
 */
final class SentenceView {
  private static final String CONJUNCTION = "و";
  private static final String[] VERB_PROCLITICS = {"و", "ف"};

  final String text;
  final Sentence sentence;
  final List<Token> tokens;
  final int size;
  private final Mention[] mentionAt;
  private final List<List<Words.Entry>> entries;
  private final String[] bare;

  SentenceView(String text, Sentence sentence, List<Entity> sentenceEntities, Words words) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.size = tokens.size();
    this.mentionAt = new Mention[size];
    this.bare = new String[size];
    this.entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      bare[i] = withoutConjunction(tokens.get(i));
    }
    for (int i = 0; i < size; i++) {
      entries.add(wordsAt(i, words));
    }
    placeMentions(sentenceEntities);
  }

  // ---- tokens

  String norm(int i) {
    return tokens.get(i).norm();
  }

  /** The token without a conjunction و or ف written on it, else the token. */
  String bare(int i) {
    return bare[i];
  }

  boolean isComma(int i) {
    String s = tokens.get(i).surface();
    return s.equals(String.valueOf(ArabicChars.ARABIC_COMMA)) || s.equals(",");
  }

  boolean isDash(int i) {
    String s = tokens.get(i).surface();
    return s.equals("-") || s.equals("–") || s.equals("—");
  }

  boolean isQuote(int i) {
    String s = tokens.get(i).surface();
    return s.equals("«") || s.equals("»") || s.equals("\"") || s.equals("“") || s.equals("”");
  }

  boolean isPunctuation(int i) {
    return tokens.get(i).kind() == Token.Kind.PUNCTUATION;
  }

  boolean isNumber(int i) {
    return tokens.get(i).kind() == Token.Kind.NUMBER;
  }

  /** Whether the token ends the clause: a full stop, colon, semicolon or question mark inside the sentence. */
  boolean isClauseStop(int i) {
    String s = tokens.get(i).surface();
    return s.equals(".") || s.equals(":") || s.equals(String.valueOf(ArabicChars.ARABIC_SEMICOLON)) || s.equals(";")
        || s.equals("!") || s.equals("?") || s.equals(String.valueOf(ArabicChars.ARABIC_QUESTION_MARK));
  }

  // ---- closed-class words

  /** The word of {@code cls} starting at token i, or null. */
  Words.Entry word(int i, WordClass cls) {
    for (Words.Entry e : entries.get(i)) {
      if (e.wordClass() == cls) {
        return e;
      }
    }
    return null;
  }

  /** The closed-class words starting at token i; empty when none. */
  List<Words.Entry> wordsAt(int i) {
    return entries.get(i);
  }

  boolean is(int i, WordClass cls) {
    return word(i, cls) != null;
  }

  /** Whether token i, without a one-letter proclitic, is a word of {@code cls} (بنظيره, لفخامة, وسعادة). */
  boolean isBehindClitic(int i, WordClass cls, String clitic, Words words) {
    String norm = norm(i);
    if (!norm.startsWith(clitic) || norm.length() <= clitic.length() + 1) {
      return false;
    }
    for (Words.Entry e : words.startingWith(norm.substring(clitic.length()))) {
      if (e.wordClass() == cls && e.length() == 1) {
        return true;
      }
    }
    return false;
  }

  // ---- mentions

  /** The mention whose first token is i, or null. */
  Mention mentionAt(int i) {
    return mentionAt[i];
  }

  private void placeMentions(List<Entity> entities) {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(Entity::start)
        .thenComparing(Comparator.comparingInt(Entity::end).reversed())
        .thenComparingInt(e -> priority(e.type())));
    Entity outer = null;
    List<Entity> inner = null;
    List<Mention> placed = new ArrayList<>();
    for (Entity e : sorted) {
      if (e.start() < sentence.start() || e.end() > sentence.end() || e.end() <= e.start()) {
        continue;
      }
      if (outer != null && e.start() >= outer.start() && e.end() <= outer.end()) {
        inner.add(e);
        continue;
      }
      if (outer != null && e.start() < outer.end()) {
        continue;
      }
      if (outer != null) {
        placed.add(place(outer, inner));
      }
      outer = e;
      inner = new ArrayList<>();
    }
    if (outer != null) {
      placed.add(place(outer, inner));
    }
    for (Mention m : placed) {
      if (m != null && mentionAt[m.first()] == null && !isBlessing(m)) {
        mentionAt[m.first()] = m;
      }
    }
  }

  /**
   * A blessing (حفظه الله) or honorifics (جلالة، صاحب السمو) taken for a name or organisation: glue, not a party.
   * A TITLE made of honorifics stays: the phrase grammar reads it as a rank.
   */
  private boolean isBlessing(Mention m) {
    Words.Entry blessing = word(m.first(), WordClass.BLESSING);
    if (blessing != null && m.first() + blessing.length() - 1 >= m.last()) {
      return true;
    }
    if (m.entity().type() == EntityType.TITLE || !m.clitic().isEmpty()) {
      return false;
    }
    for (int k = m.first(); k <= m.last(); k++) {
      if (!is(k, WordClass.HONORIFIC)) {
        return false;
      }
    }
    return true;
  }

  /** Places a one-word mention the rules found at token i, where the recognizer found none. */
  void addOneWordMention(int i, Entity e) {
    if (mentionAt[i] == null) {
      mentionAt[i] = new Mention(e, i, i, "", List.of());
    }
  }

  /** Drops the one-word mention at token i: the rules know the word as a trigger verb (سيبحث taken for a name). */
  void dropOneWordMention(int i) {
    Mention m = mentionAt[i];
    if (m != null && m.last() == i && m.clitic().isEmpty()) {
      mentionAt[i] = null;
    }
  }

  private Mention place(Entity e, List<Entity> inner) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      if (first < 0 && t.end() > e.start()) {
        first = i;
      }
      if (t.start() < e.end()) {
        last = i;
      }
    }
    if (first < 0 || last < first) {
      return null;
    }
    Token head = tokens.get(first);
    String clitic = e.start() > head.start()
        ? ArabicNormalizer.match()
            .normalizeToString(text.substring(head.start(), e.start()))
        : "";
    return new Mention(e, first, last, clitic, List.copyOf(inner));
  }

  private static int priority(EntityType type) {
    switch (type) {
      case PER:
        return 0;
      case ORG:
        return 1;
      case GPE:
        return 2;
      case LOC:
        return 3;
      case TITLE:
        return 4;
      default:
        return 5;
    }
  }

  // ---- word lookup

  private List<Words.Entry> wordsAt(int i, Words words) {
    List<Words.Entry> found = new ArrayList<>(2);
    collect(words.startingWith(norm(i)), i, found);
    if (!bare[i].equals(norm(i))) {
      for (Words.Entry e : words.startingWith(bare[i])) {
        if (e.length() == 1) {
          found.add(e);
        }
      }
    }
    return found.isEmpty() ? List.of() : found;
  }

  private void collect(List<Words.Entry> candidates, int i, List<Words.Entry> found) {
    for (Words.Entry e : candidates) {
      if (i + e.length() > size) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < e.length() && all; k++) {
        all = tokens.get(i + k).norm().equals(e.tokens()[k]);
      }
      if (all) {
        found.add(e);
      }
    }
  }

  /**
   * The token without the conjunction و or ف that the text layer's clitic analysis found on it (ووقع → وقع,
   * وسيترأس → سيترأس); a word that merely starts with the letter (وزارة، فيصل) keeps it.
   */
  private static String withoutConjunction(Token token) {
    String norm = token.norm();
    for (String p : VERB_PROCLITICS) {
      if (token.proclitic().startsWith(p) && norm.startsWith(p) && norm.length() > p.length() + 1) {
        return norm.substring(p.length());
      }
    }
    return norm;
  }

  static boolean isConjunction(String norm) {
    return norm.equals(CONJUNCTION);
  }
}
