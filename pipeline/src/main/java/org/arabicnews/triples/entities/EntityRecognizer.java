package org.arabicnews.triples.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicChars;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * Finds the entity mentions of an article: gazetteer phrases, titled persons, the trained name tagger's
 * names, and in-article aliases. docs/entities.md describes each step and how they are measured.
 *
 * <p>Per sentence, in this order (an earlier step's mention wins over a later overlapping one):
 *
 * <ol>
 *   <li>Gazetteer phrases, longest first: countries (key: ISO code), nationalities (key: their country's ISO
 *       code), cities and regions, organisations, titles. A construct title (وزير, أمير منطقة) runs on over its
 *       portfolio (وزير الشؤون الخارجية والتعاون الإفريقي). Titles that are also ordinary words count only
 *       right before a name or another title (الفريق), or only before another title (دولة).
 *   <li>Ministries: وزارة with its portfolio and the country's adjective (وزارة الخارجية المغربية).
 *   <li>The name tagger's persons, organisations and places (its MISC mentions are not a type of ours). An
 *       organisation it finds around gazetteer phrases replaces them (وزارة الخارجية المغربية).
 *   <li>Titled persons the name tagger missed: a name right after a title or a counterpart word, past a
 *       nationality, place or organisation (الرئيس الروسي فلاديمير بوتين, نظيره الروسي سيرغي لافروف), set off by commas after a title
 *       (وزير الخارجية المغربي، ناصر بوريطة،), or right before a title (عادل الجبير وزير الخارجية). A name runs
 *       over Arabic words that are neither common words nor function words, joined by بن, بنت, آل, أبو, عبد,
 *       and may end in a regnal ordinal (محمد السادس).
 * </ol>
 *
 * <p>Then, over the whole article: a person named in full keys every shorter mention of the same name
 * (بوريطة, ولافروف, and a leading part such as محمد بن سلمان); and a title that introduced exactly one person
 * (خادم الحرمين الشريفين الملك سلمان) makes each later mention of that title alone a second, PER mention of
 * the person, with source {@code alias}.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class EntityRecognizer {
  static final String GAZETTEER = "gazetteer";
  static final String PATTERN = "pattern";
  static final String MODEL = "model";
  static final String ALIAS = "alias";

  private static final int MAX_NAME_WORDS = 5;
  private static final Set<String> COUNTERPARTS = Set.of("نظيره", "نظيرته", "نظيريه", "نظيرها", "نظيرهم");
  private static final Set<String> NAME_JOINERS = Set.of("بن", "بنت", "ابن", "ال", "ابو", "ابي", "ام", "عبد", "ولد");
  private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
      "السابع", "الثامن", "التاسع", "العاشر");
  private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم",
      "خلال", "وفق", "بين", "لدي", "عند", "منذ", "حول", "ضد", "نحو", "دون", "بعد", "قبل", "حيث", "الذي", "التي",
      "الذين", "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك", "كما", "لكن", "اذ", "اذا", "قد", "لقد", "لم", "لن", "ما",
      "لا", "هو", "هي", "هم", "اليوم", "امس", "غدا", "مساء", "صباح", "ظهر", "الليله", "يوم", "الاحد", "الاثنين",
      "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "كل", "بعض", "عبر", "الا", "غير", "سوي", "جدا");
  /** Words before which an ambiguous country name (مالي: Mali or financial) is read as the country. */
  private static final Set<String> PLACE_CUES = Set.of("في", "الي", "من", "دوله", "جمهوريه", "شمال", "جنوب", "شرق",
      "غرب", "وسط", "عاصمه", "حكومه", "رئيس", "سفير", "وزير");
  private static final String MINISTRY = "وزاره";
  private static final Set<String> DUAL_TITLES = Set.of("الوزيران", "الوزيرين", "الرئيسان", "الرئيسين");
  private static final Set<String> AMBIGUOUS_COUNTRIES = Set.of("مالي", "بنين");
  private static final char SHADDA = '\u0651';

  private final Gazetteer gazetteer;
  private final NameTagger nameTagger;

  /** Gazetteers, patterns and the committed name tagger model. */
  public EntityRecognizer() {
    this(Gazetteer.shared(), NameTagger.shared());
  }

  /** With another name tagger, or none ({@code null}: gazetteers and patterns only). */
  public EntityRecognizer(Gazetteer gazetteer, NameTagger nameTagger) {
    this.gazetteer = gazetteer;
    this.nameTagger = nameTagger;
  }

  public List<Entity> recognize(AnalyzedText text) {
    NameTagger.Document document = nameTagger == null ? null : nameTagger.newDocument();
    List<Entity> found = new ArrayList<>();
    List<SentenceMentions> sentences = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      SentenceMentions s = new SentenceMentions(text.text(), sentence);
      s.gazetteer();
      s.model(document);
      s.titledPersons();
      sentences.add(s);
      found.addAll(s.entities());
    }
    new Aliases(sentences).link(found);
    found.sort(Comparator.comparingInt(Entity::start).thenComparingInt(e -> -e.end())
        .thenComparing(e -> e.source().equals(ALIAS)));
    return found;
  }

  /** The mentions of one sentence, as token spans, with what introduced each person. */
  final class SentenceMentions {
    final String text;
    final Sentence sentence;
    final List<Token> tokens;
    final List<String> words = new ArrayList<>();
    /** The lookup forms of each word. */
    final List<List<LookupForms.Form>> forms = new ArrayList<>();
    /** The mention covering each token, or null. */
    final Mention[] cover;
    final List<Mention> mentions = new ArrayList<>();

    SentenceMentions(String text, Sentence sentence) {
      this.text = text;
      this.sentence = sentence;
      this.tokens = sentence.tokens();
      for (Token t : tokens) {
        String word = t.kind() == Token.Kind.ARABIC ? gazetteer.fold(t.norm()) : t.norm();
        words.add(word);
        forms.add(t.kind() == Token.Kind.ARABIC ? LookupForms.of(t, word) : List.of(new LookupForms.Form(word, 0)));
      }
      cover = new Mention[tokens.size()];
    }

    void gazetteer() {
      for (int i = 0; i < tokens.size(); ) {
        Gazetteer.Match m =
            tokens.get(i).kind() == Token.Kind.ARABIC ? gazetteer.longestAt(words, i, forms.get(i)) : null;
        if (m == null || !accepted(m)) {
          i = ministry(i);
          continue;
        }
        int end = m.entry().kind() == Gazetteer.Kind.TITLE ? portfolioEnd(m.end()) : m.end();
        Mention mention = new Mention(m.entry().kind().type(), m.start(), end, m.dropped(), GAZETTEER, 0.9);
        mention.gazetteerKind = m.entry().kind();
        mention.key = key(m, mention);
        add(mention);
        i = end;
      }
    }

    private boolean accepted(Gazetteer.Match m) {
      Gazetteer.Entry e = m.entry();
      if (e.kind() == Gazetteer.Kind.TITLE && e.beforeNameOnly()) {
        return m.end() < tokens.size()
            && (isTitleAt(m.end()) || e.context().equals("before_name") && startsName(m.end()));
      }
      if (e.kind() == Gazetteer.Kind.COUNTRY && e.words().size() == 1
          && AMBIGUOUS_COUNTRIES.contains(e.words().get(0))) {
        return m.start() > 0 && PLACE_CUES.contains(words.get(m.start() - 1));
      }
      return true;
    }

    private String key(Gazetteer.Match m, Mention mention) {
      Gazetteer.Entry e = m.entry();
      // عمّان with a shadda is Amman; unvocalized عمان is Oman, as news mostly means.
      if (e.kind() == Gazetteer.Kind.COUNTRY && e.key().equals("OM") && surface(mention).indexOf(SHADDA) >= 0) {
        mention.type = EntityType.GPE;
        mention.gazetteerKind = Gazetteer.Kind.CITY;
        return "عمان";
      }
      if (e.kind() == Gazetteer.Kind.TITLE) {
        return gazetteer.phraseKey(surface(mention));
      }
      return e.key();
    }

    /**
     * وزارة + its portfolio + the country's adjective (وزارة الخارجية المغربية, وزارة الشؤون الخارجية) is an
     * organisation; returns the word after it, or i + 1 when none starts at word i.
     */
    private int ministry(int i) {
      LookupForms.Form head = forms.get(i).stream().filter(f -> f.form().equals(MINISTRY)).findFirst().orElse(null);
      if (head == null || cover[i] != null) {
        return i + 1;
      }
      int end = portfolioEnd(i + 1);
      if (end == i + 1) {
        return i + 1;
      }
      Gazetteer.Match nationality = end < tokens.size() ? gazetteer.longestAt(words, end, forms.get(end)) : null;
      if (nationality != null && nationality.entry().kind() == Gazetteer.Kind.NATIONALITY
          && nationality.dropped() == 0) {
        end = nationality.end();
      }
      Mention m = new Mention(EntityType.ORG, i, end, head.dropped(), PATTERN, 0.8);
      m.key = gazetteer.phraseKey(surface(m));
      add(m);
      return end;
    }

    /** Where a title ends once a construct title (ending before {@code headEnd}) has taken its portfolio. */
    private int portfolioEnd(int headEnd) {
      int j = headEnd;
      boolean construct = !words.get(headEnd - 1).startsWith("ال");
      while (j < tokens.size() && tokens.get(j).kind() == Token.Kind.ARABIC) {
        String w = words.get(j);
        LookupForms.Form core = forms.get(j).get(forms.get(j).size() - 1);
        boolean clitic = core.dropped() > 0;
        Gazetteer.Match inner = gazetteer.longestAt(words, j, forms.get(j));
        // Another phrase ends the portfolio, unless it is coordinated into it (والمغاربة, ونائب رئيس).
        if (inner != null && !(clitic && (inner.entry().kind() == Gazetteer.Kind.NATIONALITY
            || inner.entry().kind() == Gazetteer.Kind.TITLE))) {
          break;
        }
        boolean definite = core.form().startsWith("ال");
        boolean portfolioWord = gazetteer.isCommonWord(core.form()) || inner != null
            || (j > headEnd && isNisba(core.form()));
        if (definite && (construct || portfolioWord)) {
          construct = false;
          j++;
        } else if (!definite && clitic && !construct && j + 1 < tokens.size() && words.get(j + 1).startsWith("ال")) {
          construct = true;
          j++;
        } else if (!definite && !clitic && construct && gazetteer.isNonPersonWord(w) && j + 1 < tokens.size()
            && tokens.get(j + 1).kind() == Token.Kind.ARABIC) {
          // رئيس مجلس إدارة البنك: a chain of construct nouns ends in a definite one
          construct = true;
          j++;
        } else {
          break;
        }
      }
      return j;
    }

    void titledPersons() {
      List<Mention> triggers = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Mention c = cover[i];
        if (c != null && c.start == i && c.type == EntityType.TITLE && !isDual(c)) {
          triggers.add(c);
        } else if (c == null && COUNTERPARTS.contains(words.get(i))) {
          Mention counterpart = new Mention(null, i, i + 1, 0, PATTERN, 0);
          triggers.add(counterpart);
        }
      }
      for (Mention trigger : triggers) {
        int p = trigger.end;
        List<Mention> chain = new ArrayList<>(List.of(trigger));
        while (p < tokens.size() && cover[p] != null && cover[p].start == p && cover[p].type != EntityType.PER) {
          chain.add(cover[p]);
          p = cover[p].end;
        }
        if (p < tokens.size() && cover[p] != null && cover[p].start == p && cover[p].type == EntityType.PER) {
          cover[p].introducedBy.addAll(chain);
          continue;
        }
        int end = nameEnd(p);
        if (end == p + 1 && !gazetteer.isPersonNameWord(words.get(p))) {
          // One word after a title is a name only when known (the article's full names link the rest as
          // aliases): المبعوث الأممي, رئيس قسم, الوزير الجائزة are not names.
          end = p;
        }
        if (end > p) {
          Mention person = person(p, end, 0.85);
          person.introducedBy.addAll(chain);
          continue;
        }
        if (p + 1 < tokens.size() && tokens.get(p).surface().equals("،")) {
          end = nameEnd(p + 1);
          if (end > p + 2 && (end == tokens.size() || tokens.get(end).kind() == Token.Kind.PUNCTUATION)) {
            Mention person = person(p + 1, end, 0.8);
            person.introducedBy.addAll(chain);
            continue;
          }
        }
        if (trigger.type == EntityType.TITLE && trigger.start > 0 && cover[trigger.start - 1] == null) {
          appositive(trigger);
        }
      }
    }

    /** عادل الجبير وزير الخارجية: two or more name words right before a title, after a non-name word. */
    private void appositive(Mention title) {
      int s = title.start;
      while (s > 0 && title.start - s < MAX_NAME_WORDS && cover[s - 1] == null && isNameWord(s - 1)) {
        s--;
      }
      while (s < title.start && NAME_JOINERS.contains(words.get(s))) {
        s++;
      }
      if (title.start - s >= 2) {
        person(s, title.start, 0.75).introducedBy.add(title);
      }
    }

    private Mention person(int start, int end, double confidence) {
      Mention m = new Mention(EntityType.PER, start, end, 0, PATTERN, confidence);
      m.key = gazetteer.personKey(surface(m));
      add(m);
      return m;
    }

    /** End of the name starting at word {@code p} (== p when none starts there). */
    private int nameEnd(int p) {
      if (!startsName(p)) {
        return p;
      }
      int j = p + 1;
      while (j < tokens.size() && j - p < MAX_NAME_WORDS && cover[j] == null) {
        String w = words.get(j);
        if (NAME_JOINERS.contains(w) && j + 1 < tokens.size() && cover[j + 1] == null && followsJoiner(j + 1)) {
          j += 2;
        } else if (ORDINALS.contains(w) || isNameWord(j)) {
          j++;
        } else {
          break;
        }
      }
      return j;
    }

    private boolean startsName(int p) {
      if (p >= tokens.size() || cover[p] != null) {
        return false;
      }
      String w = words.get(p);
      if (NAME_JOINERS.contains(w)) {
        return p + 1 < tokens.size() && cover[p + 1] == null && isNameWord(p + 1);
      }
      return isNameWord(p);
    }

    /**
     * A word a name can hold: Arabic, neither a function word nor a word that is frequent and rarely in a
     * person's name ({@link Gazetteer#isNonPersonWord}), not a proclitic before the article (بالقول), and,
     * unless it is a word of
     * a known name, not starting with و (a conjunction: "بوريطة ولافروف" is two names) nor with the ي or ت of
     * a present-tense verb (السيسي يتلقى).
     */
    private boolean isNameWord(int i) {
      Token t = tokens.get(i);
      String w = words.get(i);
      if (t.kind() != Token.Kind.ARABIC || w.length() < 2 || FUNCTION_WORDS.contains(w) || gazetteer.isNonPersonWord(w)
          || COUNTERPARTS.contains(w) || ORDINALS.contains(w)) {
        return false;
      }
      if (w.length() > 4 && (w.startsWith("ال", 1) || w.startsWith("لل"))) {
        return false; // بالقول, والرئيس, للأمم: a preposition or conjunction before the article
      }
      return gazetteer.isPersonNameWord(w) || !(w.startsWith("و") || w.startsWith("ي") || w.startsWith("ت"));
    }

    /** After بن, آل, أبو, عبد any Arabic word but a function word is a name's (آل ثاني, بن علي). */
    private boolean followsJoiner(int i) {
      return tokens.get(i).kind() == Token.Kind.ARABIC && !FUNCTION_WORDS.contains(words.get(i));
    }

    /** A title in the dual (الوزيران): it names two people already named, not the words after it. */
    private boolean isDual(Mention title) {
      return DUAL_TITLES.contains(title.key);
    }

    private boolean isTitleAt(int i) {
      Gazetteer.Match m = gazetteer.longestAt(words, i, forms.get(i));
      return m != null && m.entry().kind() == Gazetteer.Kind.TITLE && !m.entry().beforeNameOnly();
    }

    void model(NameTagger.Document document) {
      if (document == null) {
        return;
      }
      for (NameTagger.Name span : splitCoordinatedNames(document.find(words.toArray(String[]::new)))) {
        if (span.type().equals("MISC")) {
          dropPlacesInside(span);
          continue;
        }
        EntityType type = switch (span.type()) {
          case "PERS" -> EntityType.PER;
          case "ORG" -> EntityType.ORG;
          case "LOC" -> EntityType.GPE;
          default -> null;
        };
        if (type == null || (type == EntityType.PER && looksLikeVerb(span.start()))) {
          continue;
        }
        int end = span.end();
        if (type == EntityType.PER && end < tokens.size() && cover[end] == null
            && NAME_JOINERS.contains(words.get(end - 1)) && followsJoiner(end)) {
          end++; // زين العابدين بن | علي: a name does not end in a joiner
        }
        Mention m = new Mention(type, span.start(), end, 0, MODEL, Math.min(0.85, span.confidence()));
        List<Mention> inside = new ArrayList<>();
        boolean free = true;
        for (int k = m.start; k < m.end; k++) {
          Mention c = cover[k];
          if (c != null && !inside.contains(c)) {
            if (c.start >= m.start && c.end <= m.end && (type == EntityType.ORG && replaceableByOrganisation(c, m)
                || type == EntityType.PER && replaceableByPerson(c, m))) {
              inside.add(c);
            } else {
              free = false;
            }
          }
        }
        if (!free) {
          continue;
        }
        inside.forEach(this::remove);
        m.dropped = leadingClitic(m.start);
        m.key = type == EntityType.PER ? gazetteer.personKey(surface(m)) : gazetteer.phraseKey(surface(m));
        add(m);
      }
    }

    /**
     * An organisation the name tagger finds may hold gazetteer places and nationalities (بنك فرنسا المركزي,
     * وزارة الخارجية المغربية) or be a city's name alone (برشلونة, the club); not titles, persons or countries
     * named alone.
     */
    private boolean replaceableByOrganisation(Mention c, Mention organisation) {
      boolean same = c.start == organisation.start && c.end == organisation.end;
      Gazetteer.Kind kind = c.gazetteerKind;
      return kind != null && kind != Gazetteer.Kind.TITLE && kind != Gazetteer.Kind.ORGANISATION
          && (!same || kind == Gazetteer.Kind.CITY);
    }

    /** A nationality or city word after the start of a person's name is the name's (أبو أيوب المصري). */
    private boolean replaceableByPerson(Mention c, Mention person) {
      return c.start > person.start
          && (c.gazetteerKind == Gazetteer.Kind.NATIONALITY || c.gazetteerKind == Gazetteer.Kind.CITY);
    }

    /** The ي or ت of a present-tense verb, on a word no known name has (يتلقى، تبحث). */
    private boolean looksLikeVerb(int i) {
      String w = words.get(i);
      return (w.startsWith("ي") || w.startsWith("ت")) && !gazetteer.isPersonNameWord(w) || FUNCTION_WORDS.contains(w);
    }

    /** A place inside the name of an event or a work (بطولة قطر المفتوحة) is part of that name, not a place. */
    private void dropPlacesInside(NameTagger.Name misc) {
      for (int k = misc.start(); k < misc.end(); k++) {
        Mention c = cover[k];
        if (c != null && c.start >= misc.start() && c.end <= misc.end() && (c.start > misc.start()
            || c.end < misc.end()) && (c.type == EntityType.GPE || c.type == EntityType.LOC)) {
          remove(c);
        }
      }
    }

    /**
     * Person spans cut before a word that opens with the conjunction و ("بوريطة ولافروف" is two names), and
     * joined when one ends in a name joiner (سلمان بن عبدالعزيز آل | سعود).
     */
    private List<NameTagger.Name> splitCoordinatedNames(List<NameTagger.Name> spans) {
      List<NameTagger.Name> out = new ArrayList<>();
      for (NameTagger.Name span : spans) {
        NameTagger.Name previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null && span.type().equals("PERS") && previous.type().equals("PERS")
            && previous.end() == span.start() && NAME_JOINERS.contains(words.get(previous.end() - 1))) {
          out.set(out.size() - 1, new NameTagger.Name("PERS", previous.start(), span.end(), previous.confidence()));
          continue;
        }
        int from = span.start();
        for (int k = from + 1; span.type().equals("PERS") && k < span.end(); k++) {
          if (words.get(k).startsWith("و") && !gazetteer.isPersonNameWord(words.get(k))) {
            out.add(new NameTagger.Name(span.type(), from, k, span.confidence()));
            from = k;
          }
        }
        out.add(new NameTagger.Name(span.type(), from, span.end(), span.confidence()));
      }
      return out;
    }

    /**
     * Letters of a proclitic that a model mention's first word carries, kept out of its span: و when the word
     * is not a known name (وليد), and ب, ل or ك before the article (بالعراق, للأمم). ف stays: too many
     * foreign names begin with it (فلاديمير).
     */
    private int leadingClitic(int i) {
      String w = words.get(i);
      int k = w.startsWith("و") && w.length() > 4 && !gazetteer.isPersonNameWord(w) ? 1 : 0;
      if (w.length() > k + 3 && "بلك".indexOf(w.charAt(k)) >= 0 && w.startsWith("ل", k + 1)) {
        k++;
      } else if (w.length() > k + 4 && "بك".indexOf(w.charAt(k)) >= 0 && w.startsWith("ال", k + 1)) {
        k++;
      }
      return k;
    }

    void add(Mention m) {
      mentions.add(m);
      for (int k = m.start; k < m.end; k++) {
        cover[k] = m;
      }
    }

    void remove(Mention m) {
      mentions.remove(m);
      for (int k = m.start; k < m.end; k++) {
        if (cover[k] == m) {
          cover[k] = null;
        }
      }
    }

    int startOffset(Mention m) {
      return offsetAfterLetters(tokens.get(m.start), m.dropped);
    }

    String surface(Mention m) {
      return text.substring(startOffset(m), tokens.get(m.end - 1).end());
    }

    Entity entity(Mention m, EntityType type, String key, String source) {
      String surface = surface(m);
      return new Entity(type, startOffset(m), tokens.get(m.end - 1).end(), surface,
          ArabicNormalizer.match().normalizeToString(surface), key, source, m.confidence, sentence.index());
    }

    List<Entity> entities() {
      List<Entity> out = new ArrayList<>();
      for (Mention m : mentions) {
        m.entity = entity(m, m.type, m.key, m.source);
        out.add(m.entity);
      }
      return out;
    }
  }

  /** A mention over tokens of a sentence, while the sentence is being read. */
  static final class Mention {
    EntityType type;
    final int start;
    final int end;
    int dropped;
    final String source;
    final double confidence;
    String key;
    Gazetteer.Kind gazetteerKind;
    /** For a person: the titles, nationality and places that introduced it. */
    final List<Mention> introducedBy = new ArrayList<>();
    Entity entity;

    Mention(EntityType type, int start, int end, int dropped, String source, double confidence) {
      this.type = type;
      this.start = start;
      this.end = end;
      this.dropped = dropped;
      this.source = source;
      this.confidence = confidence;
    }
  }

  /** In-article links: short names to full names, title-only mentions to the person the title introduced. */
  final class Aliases {
    private final List<SentenceMentions> sentences;

    Aliases(List<SentenceMentions> sentences) {
      this.sentences = sentences;
    }

    void link(List<Entity> found) {
      Map<String, String> byWord = new HashMap<>();
      Map<String, String> byFirstWord = new HashMap<>();
      Map<String, String> byPrefix = new HashMap<>();
      for (SentenceMentions s : sentences) {
        for (Mention m : s.mentions) {
          if (m.type == EntityType.PER && m.end - m.start >= 2) {
            String[] parts = m.key.split(" ");
            putUnique(byWord, parts[parts.length - 1], m.key);
            putUnique(byFirstWord, parts[0], m.key);
            for (int n = 2; n < parts.length; n++) {
              putUnique(byPrefix, String.join(" ", List.of(parts).subList(0, n)), m.key);
            }
          }
        }
      }
      for (SentenceMentions s : sentences) {
        for (Mention m : s.mentions) {
          if (m.type != EntityType.PER) {
            continue;
          }
          String full = m.end - m.start > 1 ? byPrefix.get(m.key)
              : byWord.containsKey(m.key) ? byWord.get(m.key) : byFirstWord.get(m.key);
          if (full != null && !full.isEmpty() && !full.equals(m.key)) {
            found.set(found.indexOf(m.entity), s.entity(m, EntityType.PER, full, ALIAS));
            m.key = full;
          }
        }
        for (int i = 0; i < s.tokens.size(); i++) {
          if (s.cover[i] != null || s.tokens.get(i).kind() != Token.Kind.ARABIC) {
            continue;
          }
          for (LookupForms.Form form : s.forms.get(i)) {
            String full = byWord.get(form.form());
            if (full != null && !full.isEmpty() && form.form().length() >= 3 && !gazetteer.isCommonWord(form.form())
                && (form.dropped() > 0 || i == 0 || !NAME_JOINERS.contains(s.words.get(i - 1)))) {
              // Not أيوب in أبو أيوب: a word after a joiner belongs to that other name.
              Mention alias = new Mention(EntityType.PER, i, i + 1, form.dropped(), ALIAS, 0.7);
              found.add(s.entity(alias, EntityType.PER, full, ALIAS));
              s.cover[i] = alias;
              break;
            }
          }
        }
      }
      titles(found);
    }

    private void titles(List<Entity> found) {
      Map<String, String> personByTitle = new HashMap<>();
      for (SentenceMentions s : sentences) {
        for (Mention m : s.mentions) {
          if (m.type == EntityType.PER) {
            for (String title : titleKeys(m.introducedBy)) {
              putUnique(personByTitle, title, m.key);
            }
          }
        }
      }
      for (SentenceMentions s : sentences) {
        for (Mention m : s.mentions) {
          if (m.type != EntityType.TITLE || introducesSomeone(s, m)) {
            continue;
          }
          List<Mention> chain = new ArrayList<>(List.of(m));
          if (m.end < s.tokens.size() && s.cover[m.end] != null && s.cover[m.end].type == EntityType.NORP) {
            chain.add(s.cover[m.end]);
          }
          String person = personByTitle.get(titleKeys(chain).get(0));
          if (person != null && !person.isEmpty()) {
            found.add(s.entity(m, EntityType.PER, person, ALIAS));
          }
        }
      }
    }

    private boolean introducesSomeone(SentenceMentions s, Mention title) {
      for (Mention m : s.mentions) {
        if (m.type == EntityType.PER && m.introducedBy.contains(title)) {
          return true;
        }
      }
      return false;
    }

    /** Each title of a chain, with the nationality that follows it when one does: الرئيس + RU. */
    private List<String> titleKeys(List<Mention> chain) {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < chain.size(); i++) {
        Mention m = chain.get(i);
        if (m.type == EntityType.TITLE && !isHonorific(m)) {
          Mention next = i + 1 < chain.size() ? chain.get(i + 1) : null;
          keys.add(m.key + (next != null && next.type == EntityType.NORP ? "|" + next.key : ""));
        }
      }
      return keys.isEmpty() ? List.of("") : keys;
    }

    private boolean isHonorific(Mention title) {
      return title.key == null || title.key.startsWith("ال") && title.end - title.start == 1
          && Set.of("السيد", "السيده", "الشيخ", "الشيخه", "الدكتور", "الدكتوره", "المهندس").contains(title.key);
    }

    /** Keeps a key only while it is the only one; a second, different value marks it ambiguous (""). */
    private void putUnique(Map<String, String> map, String k, String v) {
      map.merge(k, v, (a, b) -> a.equals(b) ? a : "");
    }
  }

  /**
   * A relative adjective or a plural (الإفريقي, الخارجية, المقيمين): what a portfolio's later words end with,
   * and names rarely do.
   */
  static boolean isNisba(String word) {
    return word.endsWith("ي") || word.endsWith("يه") || word.endsWith("ين") || word.endsWith("ون")
        || word.endsWith("ات");
  }

  /** Offset in the text after the first {@code letters} match-profile letters of a token's surface. */
  static int offsetAfterLetters(Token token, int letters) {
    String surface = token.surface();
    int i = 0;
    int seen = 0;
    while (seen < letters && i < surface.length()) {
      char c = surface.charAt(i++);
      if (!(ArabicChars.isHarakah(c) || c == ArabicChars.TATWEEL)) {
        seen++;
      }
    }
    while (i < surface.length()
        && (ArabicChars.isHarakah(surface.charAt(i)) || surface.charAt(i) == ArabicChars.TATWEEL)) {
      i++;
    }
    return token.start() + i;
  }
}
