package org.arabicnews.triples.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * Extracts relation triples from an article's sentences and entities. Thread-safe; build one per worker (it
 * loads its pattern data once).
 *
 * <p>The rules, in the order they apply to each sentence (docs/relations.md has them with examples):
 *
 * <ol>
 *   <li><b>Impersonal verbs</b> (triggers.tsv, flag passive): جرى/تم + a verbal noun (وجرى خلال الاستقبال بحث
 *       ...) states the relation between the two parties of the latest event of the article.
 *   <li><b>Verbs</b> (triggers.tsv): a trigger verb, in any third-person form (past, present, future سـ, dual,
 *       plural; with و/ف in front), takes its subject from a name phrase right before it at the start of a
 *       clause (SVO: السيسي يتلقى) or right after it, adverbs such as اليوم passed over (VSO: أجرى الوزير). A
 *       dual noun (الجانبان، الوزيران) or a dual verb without a subject (بحثا) stands for the two parties of the
 *       latest event; a singular verb without a subject, for its actor. A rule with nouns needs one of them
 *       after the subject (أجرى ... مباحثات). The object is then found by the rule's markers (see
 *       {@code SentenceRules#findObject}). With no object, a symmetric relation holds between coordinated
 *       subjects (اتفقت باكستان وتونس، وقع الوزيران). A reverse rule swaps the parties (تلقى اتصالا من Y).
 *       Presiding (ترأس الاجتماع، أشرف على جلسة) takes the meeting phrase as its object.
 *   <li><b>Verbal nouns</b> (triggers.tsv, flag possessive): خلال لقائه الرئيس، لدى استقباله; the subject is the
 *       sentence's first name phrase, else the article's latest actor; with no object named, the reception or
 *       meeting is between the parties of the sentence's event. برئاسة X after a meeting word: X chaired it.
 *   <li><b>Facts</b>: holds_title between a name and the titles of its phrase (TITLE NAME, TITLE، NAME،, NAME
 *       TITLE), affiliated_with between a name (or an organisation) and the nationality or country of its
 *       phrase (نظيره الروسي سيرغي لافروف → الروسي, key RU).
 * </ol>
 *
 * <p>Each event also gets: its place (the last city or country of a في/بـ phrase between the verb and the
 * object, or right after the object), its date ({@link EventDates}), its polarity (لم، لن، لا before the verb,
 * or a denial such as نفى ... أن), its modality (planned: سـ، من المنتظر أن، a present tense with غدا/المقبل;
 * reported: in an أن clause of a reporting verb such as ذكر، أفاد). Symmetric relations are written once per
 * pair, grammatical subject first; a triple repeated in a sentence is written once.
 */
public final class RelationExtractor {
  public static final String VERSION = "0.3.0";

  /**
   * Most tokens of one sentence the rules read at once. Real sentences are shorter (none of the SaudiNewsNet
   * sample's comes near; LongSentenceTest checks); a longer one (a page without punctuation, hostile input) is
   * read in windows of this many tokens overlapping by half, because some rules scan to the clause's end for
   * every trigger, which made a megabyte sentence take minutes. A relation whose words lie within half a window
   * is seen whole in some window.
   */
  static final int MAX_WINDOW_TOKENS = 1_000;

  private final Words words;
  private final Triggers triggers;
  private final CameoPlover plover;

  public RelationExtractor() {
    this.words = Words.load();
    this.triggers = Triggers.load();
    this.plover = CameoPlover.load();
  }

  /** The triples of an article whose date is unknown (relative dates such as أمس stay unresolved). */
  public List<Triple> extract(AnalyzedText text, List<Entity> entities) {
    return extract(text, entities, null);
  }

  /**
   * The triples of an article.
   *
   * @param published the article's date, against which اليوم, أمس and weekdays resolve; may be null
   */
  public List<Triple> extract(AnalyzedText text, List<Entity> entities, LocalDate published) {
    Map<Integer, List<Entity>> bySentence = new HashMap<>();
    for (Entity e : entities) {
      bySentence.computeIfAbsent(e.sentenceIndex(), k -> new ArrayList<>()).add(e);
    }
    Discourse discourse = new Discourse();
    List<Triple> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Entity> mentions = bySentence.getOrDefault(sentence.index(), List.of());
      for (Sentence window : windows(sentence)) {
        List<Entity> inWindow = window == sentence ? mentions : mentions.stream()
            .filter(e -> e.start() >= window.start() && e.end() <= window.end()).toList();
        SentenceView view = new SentenceView(text.text(), window, inWindow, words);
        new SentenceRules(view, words, triggers, plover, discourse, published, found).apply();
      }
    }
    return distinct(found);
  }

  /** The sentence itself, or for one longer than {@link #MAX_WINDOW_TOKENS}, its overlapping windows. */
  static List<Sentence> windows(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.size() <= MAX_WINDOW_TOKENS) {
      return List.of(sentence);
    }
    List<Sentence> windows = new ArrayList<>();
    for (int from = 0; ; from += MAX_WINDOW_TOKENS / 2) {
      int to = Math.min(tokens.size(), from + MAX_WINDOW_TOKENS);
      List<Token> part = tokens.subList(from, to);
      windows.add(new Sentence(sentence.index(), part.get(0).start(), part.get(part.size() - 1).end(), part));
      if (to == tokens.size()) {
        return windows;
      }
    }
  }

  /** The article's date from its {@code published} value (2015-07-21 02:53:14), or null when it has none. */
  public static LocalDate publishedDate(String published) {
    return EventDates.parsePublished(published);
  }

  /**
   * Each relation between the same two parties (canonical key, else span) once per sentence, the first found;
   * symmetric relations in either order.
   */
  private static List<Triple> distinct(List<Triple> triples) {
    Set<String> seen = new HashSet<>();
    List<Triple> kept = new ArrayList<>(triples.size());
    for (Triple t : triples) {
      String forward = key(t.sentenceIndex(), t.relation(), t.subject(), t.object());
      if (!seen.add(forward)) {
        continue;
      }
      if (t.relation().symmetric() && !seen.add(key(t.sentenceIndex(), t.relation(), t.object(), t.subject()))) {
        continue;
      }
      kept.add(t);
    }
    return kept;
  }

  private static String key(int sentence, Relation relation, Entity a, Entity b) {
    return sentence + "|" + relation.label() + "|" + identity(a) + "|" + identity(b);
  }

  /** The entity's canonical key, else its span. */
  private static String identity(Entity e) {
    return e.canonicalKey() != null ? "k:" + e.canonicalKey() : e.start() + ":" + e.end();
  }
}
