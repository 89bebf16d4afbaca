package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * The titles of a name phrase, one per office, following the Arabic construct (إضافة):
 *
 * <ul>
 *   <li>A title word without the article is in construct with what follows, so it takes the next mention as its
 *       complement: نائب + خادم الحرمين الشريفين، ملك + المملكة الأردنية الهاشمية، أمير دولة + الكويت.
 *   <li>A nationality adjective after a title belongs to it: وزير الخارجية + المصري.
 *   <li>A definite word ends a construct, so a title head after it starts the next office of a chain: رئيس مجلس
 *       الوزراء | وزير الدفاع، وزير الدولة | عضو مجلس الوزراء; this also splits one TITLE mention holding a chain.
 *   <li>A title made only of honorifics and ranks (صاحب السمو الملكي، الأمير) is not an office.
 * </ul>
 *
 * <p>Each title is returned as a TITLE entity over its exact span of the text; its key is its match-normalized
 * surface, per the canonical-key convention for titles.
 */
final class TitlePhrases {
  /** Words that head an office; one after a definite word starts a new title. */
  private static final Set<String> HEADS = Set.of("وزير", "وزيره", "الوزير", "رئيس", "رئيسه", "الرئيس", "عضو",
      "نائب", "النائب", "امير", "الامير", "سفير", "السفير", "مندوب", "المندوب", "مستشار", "المستشار", "ولي", "ملك",
      "الملك", "قائد", "محافظ", "امين", "الامين", "مدير", "المدير", "وكيل", "المتحدث", "الناطق", "مساعد", "المشرف",
      "خادم");
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  /** Words that join a person's name (مساعد بن محمد): after one, a first word like مساعد is a name, not an office. */
  private static final Set<String> NAME_JOINERS = Set.of("بن", "ابن", "بنت", "ال", "ابو");

  /**
   * Whether a person mention is an office word taken for a name (النائب الثاني، مساعد وزير), not a name that starts
   * like one: a name word joined by بن (مساعد بن محمد العيبان) or a known given name (مساعد العيبان).
   */
  static boolean isTitleTakenForName(String normalized) {
    if (!startsWithHead(normalized)) {
      return false;
    }
    String[] words = normalized.split(" ");
    if (words.length >= 2 && NAME_JOINERS.contains(words[1])) {
      return false;
    }
    Gazetteer gazetteer = Gazetteer.shared();
    return words.length < 2 || startsWithHead(words[1]) || !gazetteer.isPersonNameWord(gazetteer.fold(words[0]));
  }

  /** Whether a match-normalized phrase starts with an office word: a title, even if typed as a name. */
  static boolean startsWithHead(String normalized) {
    if (normalized == null) {
      return false;
    }
    int space = normalized.indexOf(' ');
    return HEADS.contains(space < 0 ? normalized : normalized.substring(0, space));
  }

  /** Whether the token is an office word (وزير، النائب). */
  boolean isHead(int k) {
    return HEADS.contains(view.norm(k));
  }

  private final SentenceView view;
  private final Phrases phrases;

  TitlePhrases(SentenceView view, Phrases phrases) {
    this.view = view;
    this.phrases = phrases;
  }

  /**
   * The offices of the conjunct's titles, in text order, each a TITLE entity. Words between its mentions that
   * the recognizer left untagged continue the title before them, or start one when they begin with an office
   * word (النائب الثاني لرئيس مجلس الوزراء).
   */
  List<Entity> of(Conjunct c) {
    List<Entity> titles = new ArrayList<>();
    int[] current = null;
    int k = c.first();
    while (k <= c.last()) {
      Mention m = unitAt(c, k);
      if (m == null) {
        if (view.is(k, WordClass.HONORIFIC) || !view.tokens.get(k).isWord()) {
          emit(current, c, titles);
          current = null;
        } else if (isHead(k) && (current == null || !openConstruct(current))) {
          emit(current, c, titles);
          current = new int[] {k, k};
        } else if (current != null && adjacent(current, k)) {
          current[1] = k;
        }
        k++;
        continue;
      }
      Mention.Kind kind = m.kind();
      boolean title = kind == Mention.Kind.TITLE && !m.titleAlias();
      if (title) {
        List<int[]> pieces = split(m.first(), m.last());
        for (int p = 0; p < pieces.size(); p++) {
          int[] piece = pieces.get(p);
          boolean joins = current != null && adjacent(current, piece[0])
              && (openConstruct(current) || (!m.clitic().isEmpty() && p == 0));
          if (p == 0 && joins) {
            current[1] = piece[1];
          } else {
            emit(current, c, titles);
            current = piece;
          }
        }
      } else if (current != null && kind != Mention.Kind.NAME && adjacent(current, m.first())
          && (openConstruct(current) || kind == Mention.Kind.NORP || !m.clitic().isEmpty())) {
        current[1] = m.last();
      } else {
        emit(current, c, titles);
        current = null;
      }
      k = m.last() + 1;
    }
    emit(current, c, titles);
    return titles;
  }

  private static Mention unitAt(Conjunct c, int k) {
    for (Mention m : c.units()) {
      if (m.first() == k) {
        return m;
      }
    }
    return null;
  }

  /** Token ranges of a title mention, cut before a title head that follows a definite word. */
  private List<int[]> split(int first, int last) {
    List<int[]> pieces = new ArrayList<>();
    int start = first;
    for (int k = first + 1; k <= last; k++) {
      if (view.norm(k - 1).startsWith("ال") && HEADS.contains(view.norm(k))) {
        pieces.add(new int[] {start, k - 1});
        start = k;
      }
    }
    pieces.add(new int[] {start, last});
    return pieces;
  }

  private static boolean adjacent(int[] range, int next) {
    return next == range[1] + 1;
  }

  /** Whether the range ends in a word in construct state (no article): it takes a complement. */
  private boolean openConstruct(int[] range) {
    String last = view.norm(range[1]);
    return !last.startsWith("ال") && view.tokens.get(range[1]).isWord() && !allHonorific(range);
  }

  private boolean allHonorific(int[] range) {
    for (int k = range[0]; k <= range[1]; k++) {
      if (!view.is(k, WordClass.HONORIFIC)) {
        return false;
      }
    }
    return true;
  }

  private void emit(int[] range, Conjunct c, List<Entity> titles) {
    if (range == null) {
      return;
    }
    while (range[1] > range[0] && view.is(range[1], WordClass.PREPOSITION)) {
      range[1]--;
    }
    int start = view.tokens.get(range[0]).start();
    int end = view.tokens.get(range[1]).end();
    Mention first = view.mentionAt(range[0]);
    if (first != null && !first.clitic().isEmpty()) {
      start = first.entity().start();
    }
    String surface = view.text.substring(start, end);
    String normalized = MATCH.normalizeToString(surface);
    Entity source = first != null && first.title() != null ? first.title() : c.head();
    Entity title = new Entity(EntityType.TITLE, start, end, surface, normalized, normalized, source.source(),
        source.confidence(), view.sentence.index());
    if (!phrases.isRank(title)) {
      titles.add(title);
    }
  }
}
