package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;

/**
 * Reads name phrases off a sentence's mentions: the arguments of the relation rules.
 *
 * <p>Grammar, over mentions (NAME = person, TITLE = title or a person alias over a title) and glue words
 * (honorifics such as معالي and صاحب السمو الملكي, نظيره, quotes, blessings such as «- حفظه الله -»):
 *
 * <ul>
 *   <li>A conjunct is glue* then mentions: titles with their complements (وزير خارجية قطر، رئيس حزب القوات
 *       اللبنانية), a nationality, a name, then titles after the name (محمد بن سلمان ولي ولي العهد وزير الدفاع).
 *   <li>A title word without the article is in construct: the untagged words after it belong to it up to a word
 *       with the article (رئيس وزراء اليابان، رئيس الوزراء).
 *   <li>A title's complement may be written with لـ or بـ (المندوب الدائم للسعودية، وزير الخارجية بدولة قطر), or
 *       after في for a country (وزير الدولة في الإمارات); after لدى it says where the holder is posted
 *       (لدى الأمم المتحدة), which is not the holder's country.
 *   <li>Apposition across a comma: TITLE، NAME (وزير الخارجية المغربي، ناصر بوريطة) and NAME، TITLE.
 *   <li>A title that leads to another name starts a new phrase (الملك سلمان | وزير الخارجية البريطاني ديفيد
 *       لامي), and so does a second name or a title of another nationality than the name's.
 *   <li>Conjuncts are coordinated by و written on the next word or standing alone (باكستان وتونس).
 *   <li>A dual noun of the two parties (الجانبان, الوزيران) is a phrase of its own; with names after it
 *       (الوزيران بوريطة ولافروف) the names are the parties.
 *   <li>The head of a conjunct is its name, else what it starts with (a title, an organisation, a place).
 *   <li>A mention that ends in a preposition (a title span that took الى) ends the phrase: what follows is the
 *       preposition's object.
 * </ul>
 */
final class Phrases {
  static final Set<String> NONE = Set.of("");
  static final Set<String> WAW = Set.of("و");
  static final Set<String> NONE_OR_WAW = Set.of("", "و");
  /** Prepositions written on the honorific that opens a title's complement (بدولة قطر، لمملكة البحرين). */
  private static final Set<String> COMPLEMENT_CLITICS = Set.of("", "ب", "ل");

  /** The letters every form of نظير (counterpart) starts with, after any preposition written on it. */
  private static final String COUNTERPART_STEM = "نظ";

  /** Untagged words a title chain may hold between two titles after a name. */
  private static final int MAX_TITLE_GAP = 3;

  private final SentenceView view;
  private final Words words;

  Phrases(SentenceView view, Words words) {
    this.view = view;
    this.words = words;
  }

  /** The phrase starting at token i, whose first token may carry one of {@code clitics} ("" for none), or null. */
  Phrase at(int i, Set<String> clitics) {
    if (i < 0 || i >= view.size) {
      return null;
    }
    Words.Entry pair = pairWord(i, clitics);
    if (pair != null) {
      Phrase named = coordinated(i + 1, NONE);
      if (named != null && named.conjuncts().size() >= 2) {
        return new Phrase(named.conjuncts(), i, named.last(), pair);
      }
      return new Phrase(List.of(), i, i, pair);
    }
    return coordinated(i, clitics);
  }

  private Phrase coordinated(int i, Set<String> clitics) {
    Conjunct c = conjunct(i, clitics);
    if (c == null) {
      return null;
    }
    List<Conjunct> conjuncts = new ArrayList<>();
    conjuncts.add(c);
    while (true) {
      int k = c.last() + 1;
      if (k + 1 < view.size && view.isComma(k) && view.norm(k + 1).startsWith("و")) {
        k++;
      }
      if (k >= view.size) {
        break;
      }
      Conjunct next = SentenceView.isConjunction(view.norm(k)) ? conjunct(k + 1, NONE) : conjunct(k, WAW);
      if (next == null) {
        break;
      }
      if (sharesTheName(c, next)) {
        next = merged(c, next);
        conjuncts.remove(conjuncts.size() - 1);
      }
      conjuncts.add(next);
      c = next;
    }
    return new Phrase(List.copyOf(conjuncts), i, c.last(), null);
  }

  /**
   * Whether a title-only conjunct and the titled name after it are one person with two titles (نائب رئيس الوزراء
   * ووزير الخارجية أيمن الصفدي).
   */
  private static boolean sharesTheName(Conjunct titles, Conjunct next) {
    return titles.head().type() != EntityType.PER
        && titles.units().stream().allMatch(m -> m.kind() == Mention.Kind.TITLE || m.kind() == Mention.Kind.NORP
            || m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.ORG)
        && titles.units().get(0).kind() == Mention.Kind.TITLE
        && next.units().get(0).kind() == Mention.Kind.TITLE
        && next.head().type() == EntityType.PER;
  }

  private static Conjunct merged(Conjunct titles, Conjunct next) {
    List<Mention> units = new ArrayList<>(titles.units());
    units.addAll(next.units());
    List<Mention> posted = new ArrayList<>(titles.posted());
    posted.addAll(next.posted());
    return new Conjunct(next.head(), titles.first(), next.last(), List.copyOf(units),
        titles.counterpart() || next.counterpart(), List.copyOf(posted));
  }

  /** The conjunct starting at token i, or null. */
  Conjunct conjunct(int i, Set<String> clitics) {
    int k = i;
    boolean[] counterpart = {false};
    int counterpartAt = -1;
    Set<String> allowed = clitics;
    while (k < view.size) {
      Mention m = view.mentionAt(k);
      if (m != null && allowed.contains(m.clitic())) {
        break;
      }
      boolean before = counterpart[0];
      int glue = glue(k, allowed, counterpart);
      if (glue == 0) {
        return null;
      }
      if (counterpart[0] && !before) {
        counterpartAt = k;
      }
      k += glue;
      allowed = NONE;
    }
    if (k >= view.size) {
      return null;
    }
    List<Mention> units = new ArrayList<>();
    List<Mention> posted = new ArrayList<>();
    Mention first = view.mentionAt(k);
    units.add(first);
    int last = first.last();
    k = last + 1;
    while (k < view.size) {
      int construct = constructEnd(units, k);
      if (construct > k) {
        last = construct - 1;
        k = construct;
        if (k >= view.size || view.mentionAt(k) == null) {
          break;
        }
      }
      if (view.isComma(k)) {
        if (!appositionAfterComma(units, k + 1)) {
          break;
        }
        k++;
      }
      if (view.is(units.get(units.size() - 1).last(), WordClass.PREPOSITION)) {
        break;
      }
      Mention.Kind lastKind = units.get(units.size() - 1).kind();
      boolean afterTitle = lastKind == Mention.Kind.TITLE || lastKind == Mention.Kind.NORP
          || (hasKind(units, Mention.Kind.TITLE) && !hasKind(units, Mention.Kind.NAME)
              && (lastKind == Mention.Kind.PLACE || lastKind == Mention.Kind.ORG));
      boolean postedTo = afterTitle && k + 1 < view.size && view.norm(k).equals("لدي");
      int j = postedTo ? k + 1 : k;
      boolean cliticGlue = false;
      if (afterTitle && j < view.size && view.mentionAt(j) == null && glue(j, NONE, new boolean[1]) == 0
          && glue(j, COMPLEMENT_CLITICS, new boolean[1]) > 0) {
        cliticGlue = true;
        j++;
      }
      int glue;
      while (j < view.size && view.mentionAt(j) == null && (glue = glue(j, NONE, counterpart)) > 0) {
        j += glue;
      }
      if (j == k && afterTitle && k + 1 < view.size && view.norm(k).equals("في")
          && view.mentionAt(k + 1) != null && Conjunct.isCountry(view.mentionAt(k + 1).entity())) {
        j = k + 1;
      }
      if (j == k && lastKind == Mention.Kind.TITLE
          && (hasKind(units, Mention.Kind.NAME) || TitlePhrases.startsWithHead(view.norm(k)))) {
        j = afterTitleGap(k);
      }
      Mention m = j < view.size ? view.mentionAt(j) : null;
      boolean complement = m != null && j > k && afterTitle
          && (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.ORG);
      if (m == null || (cliticGlue || postedTo) && !complement
          || !(m.clitic().isEmpty() || titleComplement(units, m) || complement)
          || !(continues(units, m) || complement)) {
        break;
      }
      if (postedTo) {
        posted.add(m);
      }
      units.add(m);
      last = m.last();
      k = last + 1;
    }
    Entity head = head(units);
    if (counterpartAt >= 0 && units.size() == 1 && head.type() == EntityType.NORP) {
      head = unnamedCounterpart(counterpartAt, head);
    }
    return new Conjunct(head, i, last, List.copyOf(units), counterpart[0], List.copyOf(posted));
  }

  /**
   * A counterpart named by nationality alone (مع نظيره الإيراني) is one person, by title: the party spans the
   * counterpart word (without a preposition written on it) and the nationality; it has no key of its own.
   */
  private Entity unnamedCounterpart(int at, Entity nationality) {
    String surface = view.tokens.get(at).surface();
    int start = view.tokens.get(at).start() + Math.max(0, surface.indexOf(COUNTERPART_STEM));
    String span = view.text.substring(start, nationality.end());
    return new Entity(EntityType.TITLE, start, nationality.end(), span, Words.normalize(span), null, "counterpart",
        nationality.confidence(), nationality.sentenceIndex());
  }

  /**
   * After a name's title, up to {@value #MAX_TITLE_GAP} untagged words of a title chain (النائب الثاني) before the
   * next title: the token of that title, else {@code k}.
   */
  private int afterTitleGap(int k) {
    for (int j = k; j < Math.min(view.size, k + MAX_TITLE_GAP + 1); j++) {
      Mention m = view.mentionAt(j);
      if (m != null) {
        return j > k && m.kind() == Mention.Kind.TITLE ? j : k;
      }
      if (!view.tokens.get(j).isWord() || view.is(j, WordClass.PREPOSITION) || view.is(j, WordClass.ADVERB)
          || view.is(j, WordClass.DAY) || view.is(j, WordClass.COMPLEMENTIZER) || view.is(j, WordClass.RELATIVE)
          || view.is(j, WordClass.BOUNDARY) || view.norm(j).equals("مع")) {
        return k;
      }
    }
    return k;
  }

  /**
   * After a title whose last word has no article, the untagged words of its construct (رئيس + وزراء اليابان,
   * رئيس + الوزراء): indefinite words continue it, a definite word ends it. The token after them, or k.
   */
  private int constructEnd(List<Mention> units, int k) {
    Mention previous = units.get(units.size() - 1);
    if (previous.kind() != Mention.Kind.TITLE || view.norm(previous.last()).startsWith("ال")) {
      return k;
    }
    int j = k;
    while (j < view.size && j < k + MAX_TITLE_GAP && view.mentionAt(j) == null && view.tokens.get(j).isWord()
        && !view.is(j, WordClass.PREPOSITION) && !view.is(j, WordClass.ADVERB) && !view.is(j, WordClass.DAY)
        && !view.is(j, WordClass.HONORIFIC) && !view.is(j, WordClass.COMPLEMENTIZER)
        && !view.is(j, WordClass.RELATIVE) && !view.norm(j).equals("مع")) {
      boolean definite = view.norm(j).startsWith("ال");
      j++;
      if (definite) {
        break;
      }
    }
    return j;
  }

  /** A mention written with لـ that completes the title before it (النائب الثاني لرئيس مجلس الوزراء). */
  private static boolean titleComplement(List<Mention> units, Mention m) {
    Mention.Kind last = units.get(units.size() - 1).kind();
    return (m.clitic().equals("ل") || m.clitic().equals("ب"))
        && (last == Mention.Kind.TITLE || last == Mention.Kind.NORP) && m.kind() != Mention.Kind.NAME;
  }

  private boolean appositionAfterComma(List<Mention> units, int j) {
    int k = skipGlue(j);
    Mention m = k < view.size ? view.mentionAt(k) : null;
    if (m == null || !m.clitic().isEmpty()) {
      return false;
    }
    if (hasKind(units, Mention.Kind.NAME)) {
      return m.kind() == Mention.Kind.TITLE && !nameFollows(m) && !countryConflict(units, m);
    }
    return hasKind(units, Mention.Kind.TITLE)
        && (m.kind() == Mention.Kind.NAME || (m.kind() == Mention.Kind.TITLE && nameFollows(m)));
  }

  private boolean continues(List<Mention> units, Mention m) {
    Mention.Kind kind = m.kind();
    Mention.Kind lastKind = units.get(units.size() - 1).kind();
    boolean hasTitle = hasKind(units, Mention.Kind.TITLE);
    if (hasKind(units, Mention.Kind.NAME)) {
      switch (kind) {
        case NAME:
          return false;
        case TITLE:
          return !nameFollows(m) && !countryConflict(units, m);
        default:
          return lastKind == Mention.Kind.TITLE || lastKind == Mention.Kind.ORG;
      }
    }
    switch (kind) {
      case NAME:
        return hasTitle || lastKind == Mention.Kind.NORP;
      case TITLE:
        return hasTitle;
      case NORP:
        return lastKind == Mention.Kind.TITLE || lastKind == Mention.Kind.ORG || lastKind == Mention.Kind.NORP
            || (hasTitle && lastKind == Mention.Kind.PLACE);
      default:
        return lastKind == Mention.Kind.TITLE || (hasTitle && lastKind == Mention.Kind.ORG);
    }
  }

  /** Whether a name follows the title m through titles, nationalities, complements and glue, before a comma. */
  private boolean nameFollows(Mention m) {
    int k = m.last() + 1;
    while (k < view.size) {
      k = skipGlue(k);
      Mention next = k < view.size ? view.mentionAt(k) : null;
      if (next == null || !next.clitic().isEmpty()) {
        return false;
      }
      if (next.kind() == Mention.Kind.NAME) {
        return true;
      }
      k = next.last() + 1;
    }
    return false;
  }

  private static boolean countryConflict(List<Mention> units, Mention m) {
    List<String> have = new ArrayList<>();
    for (Mention u : units) {
      countryKeys(u, have);
    }
    List<String> theirs = new ArrayList<>();
    countryKeys(m, theirs);
    if (have.isEmpty() || theirs.isEmpty()) {
      return false;
    }
    for (String key : theirs) {
      if (have.contains(key)) {
        return false;
      }
    }
    return true;
  }

  private static void countryKeys(Mention m, List<String> keys) {
    if (Conjunct.isCountry(m.entity())) {
      keys.add(m.entity().canonicalKey());
    }
    for (Entity e : m.inner()) {
      if (Conjunct.isCountry(e)) {
        keys.add(e.canonicalKey());
      }
    }
  }

  private Entity head(List<Mention> units) {
    for (Mention m : units) {
      if (m.kind() == Mention.Kind.NAME) {
        return m.entity();
      }
    }
    Mention first = units.get(0);
    if (first.kind() != Mention.Kind.TITLE) {
      return first.entity();
    }
    for (Mention m : units) {
      if (m.kind() == Mention.Kind.TITLE && (m.titleAlias() || !isRank(m.title()))) {
        return m.titleAlias() ? m.entity() : m.title();
      }
    }
    return first.titleAlias() ? first.entity() : first.title();
  }

  /** A title made only of honorifics and ranks (سمو، صاحب السمو الملكي، الأمير): not an office. */
  boolean isRank(Entity title) {
    for (String word : Words.normalize(title.surface()).split(" ")) {
      boolean honorific = false;
      for (Words.Entry e : words.startingWith(word)) {
        honorific |= e.wordClass() == WordClass.HONORIFIC && e.length() == 1;
      }
      if (!honorific) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasKind(List<Mention> units, Mention.Kind kind) {
    for (Mention m : units) {
      if (m.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private int skipGlue(int k) {
    int glue;
    while (k < view.size && view.mentionAt(k) == null && (glue = glue(k, NONE, new boolean[1])) > 0) {
      k += glue;
    }
    return k;
  }

  /** Tokens of glue at k (an honorific, نظيره, a quote, a blessing with its dashes), or 0. */
  int glue(int k, Set<String> clitics, boolean[] counterpart) {
    if (view.isQuote(k)) {
      return 1;
    }
    int blessing = blessing(k);
    if (blessing > 0) {
      return blessing;
    }
    for (String clitic : clitics) {
      WordClass cls = glueClass(k, clitic);
      if (cls != null) {
        counterpart[0] |= cls == WordClass.COUNTERPART;
        return k + 1 < view.size && view.norm(k).equals("د") && view.tokens.get(k + 1).surface().equals(".") ? 2 : 1;
      }
    }
    return 0;
  }

  /** Tokens of a blessing at k with its dashes (« - حفظه الله - »), or 0. */
  int blessing(int k) {
    int j = view.isDash(k) ? k + 1 : k;
    Words.Entry entry = j < view.size ? view.word(j, WordClass.BLESSING) : null;
    if (entry == null) {
      return 0;
    }
    int end = j + entry.length();
    if (end < view.size && view.isDash(end)) {
      end++;
    }
    return end - k;
  }

  private WordClass glueClass(int k, String clitic) {
    String norm = view.norm(k);
    if (!norm.startsWith(clitic) || norm.length() <= clitic.length()) {
      return null;
    }
    for (Words.Entry e : words.startingWith(norm.substring(clitic.length()))) {
      if (e.length() == 1 && (e.wordClass() == WordClass.HONORIFIC || e.wordClass() == WordClass.COUNTERPART)) {
        return e.wordClass();
      }
    }
    return null;
  }

  private Words.Entry pairWord(int i, Set<String> clitics) {
    String norm = view.norm(i);
    for (String clitic : clitics) {
      if (!norm.startsWith(clitic) || norm.length() <= clitic.length() + 2) {
        continue;
      }
      for (Words.Entry e : words.startingWith(norm.substring(clitic.length()))) {
        if (e.length() == 1 && (e.wordClass() == WordClass.PAIR || e.wordClass() == WordClass.PAIR_COUNTRY)) {
          return e;
        }
      }
    }
    return null;
  }
}
