package org.arabicnews.triples.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.text.Token;

/**
 * Applies the trigger rules and the fact rules to one sentence. See {@link RelationExtractor} for the rules.
 */
final class SentenceRules {
  /** How far past the verb (or its noun) the object's preposition may stand, in words the rules do not know. */
  private static final int MAX_UNKNOWN_BEFORE_MARKER = 4;
  /** How many unknown words may stand between the subject and a direct object. */
  private static final int MAX_UNKNOWN_BEFORE_DIRECT = 1;
  /** How far past the subject the noun of a light verb (أجرى ... مباحثات) may stand. */
  private static final int MAX_NOUN_DISTANCE = 12;
  /** How far an actor may lie inside a nested complement (أشاد بالمواقف الثابتة لإندونيسيا). */
  private static final int MAX_NESTED_DISTANCE = 5;
  /** How many words a place phrase may have (في قصر السلام بجدة). */
  private static final int MAX_PLACE_WORDS = 6;
  /** How far after a meeting noun its بين may stand (انعقاد الدورة الأولى للجنة المشتركة بين). */
  private static final int MAX_BETWEEN_DISTANCE = 6;
  /** How sure the rules are that a headline's untagged first word is a name. */
  private static final double HEADLINE_NAME_CONFIDENCE = 0.6;
  /** A person referred to by his title with a pronoun (سموه: His Highness), standing for a person named before. */
  private static final Set<String> HONORIFIC_PRONOUNS = Set.of("سموه", "سموها", "معاليه", "معاليها", "فخامته",
      "جلالته", "سعادته", "سعادتها", "سماحته", "دولته");
  /** How far after إلى a listing word (تشمل) may follow a generic destination (دول المنطقة). */
  private static final int MAX_LIST_DISTANCE = 4;
  /** How many words of its complement a meeting phrase keeps (جلسة + عمل وزارية). */
  private static final int MAX_MEETING_WORDS = 2;
  /** How far after a passive verb (جرى خلال الاتصال بحث) its verbal noun may stand. */
  private static final int MAX_PASSIVE_NOUN_DISTANCE = 6;

  private final SentenceView view;
  private final Words words;
  private final Phrases phrases;
  private final TitlePhrases titlePhrases;
  private final Triggers triggers;
  private final CameoPlover plover;
  private final Discourse discourse;
  private final LocalDate published;
  private final List<Triple> out;
  private final boolean[] verbAt;
  private final boolean[] consumedNoun;
  private final boolean[] behindConjunction;
  private final List<Triggers.VerbMatch>[] verbs;
  /** The parties of the latest event written in this sentence, or null. */
  private Party[] lastEvent;
  /** The trigger of {@link #lastEvent}, or -1. */
  private int lastEventVerb = -1;
  /** The modality of {@link #lastEvent}: a purpose clause (لبحث) shares it. */
  private Modality lastModality;
  private int droppedVerb;
  private boolean relativeSubject;

  /** An event found before it is written: its parties and where its parts lie in the sentence. */
  private record Event(TriggerRule rule, String how, int predicateStart, int predicateEnd, int verb, int clauseEnd,
      Phrase subjectPhrase, Phrase objectPhrase, List<Party> subjects, List<Party> objects, boolean pronounObject,
      boolean nestedObject, boolean future, boolean present, boolean background) {}

  @SuppressWarnings("unchecked")
  SentenceRules(SentenceView view, Words words, Triggers triggers, CameoPlover plover, Discourse discourse,
      LocalDate published, List<Triple> out) {
    this.view = view;
    this.words = words;
    this.phrases = new Phrases(view, words);
    this.titlePhrases = new TitlePhrases(view, phrases);
    this.triggers = triggers;
    this.plover = plover;
    this.discourse = discourse;
    this.published = published;
    this.out = out;
    this.verbAt = new boolean[view.size];
    this.consumedNoun = new boolean[view.size];
    this.behindConjunction = new boolean[view.size];
    this.verbs = new List[view.size];
    for (int i = 0; i < view.size; i++) {
      verbs[i] = verbMatches(i);
      verbAt[i] = !verbs[i].isEmpty();
      if (verbAt[i] || triggers.isNoun(view.norm(i))) {
        view.dropOneWordMention(i);
      }
    }
    headlineName();
  }

  /**
   * A headline (no final stop) that opens with one word the recognizer left untagged, right before a trigger verb
   * in the present tense (الصفدي يلتقي ...، بوريطة يتلقى اتصالا): the word is a person's name, mentioned without
   * the full name an article body would give. Common words (الحكومة تبحث) are not names.
   */
  private void headlineName() {
    if (view.size < 3 || view.isClauseStop(view.size - 1) || view.mentionAt(0) != null || verbAt[0]
        || view.tokens.get(0).kind() != Token.Kind.ARABIC || !verbAt[1] || behindConjunction[1]
        || !view.wordsAt(0).isEmpty() || triggers.isNoun(view.norm(0)) || view.norm(0).length() < 3) {
      return;
    }
    boolean present = false;
    for (Triggers.VerbMatch match : verbs[1]) {
      present |= match.inflection().present() && match.inflection().number() == VerbForms.Number.SINGULAR;
    }
    Gazetteer gazetteer = Gazetteer.shared();
    String folded = gazetteer.fold(view.norm(0));
    if (!present || gazetteer.isCommonWord(folded) || gazetteer.isNonPersonWord(folded)) {
      return;
    }
    Token t = view.tokens.get(0);
    String surface = view.text.substring(t.start(), t.end());
    view.addOneWordMention(0, new Entity(EntityType.PER, t.start(), t.end(), surface, t.norm(), t.norm(), "headline",
        HEADLINE_NAME_CONFIDENCE, view.sentence.index()));
  }

  void apply() {
    int[] passiveNoun = new int[view.size];
    Triggers.VerbMatch[] passiveMatch = new Triggers.VerbMatch[view.size];
    for (int v = 0; v < view.size; v++) {
      for (Triggers.VerbMatch match : verbs[v]) {
        int noun = match.rule().passive() ? passiveNoun(v, match.rule()) : -1;
        if (noun > 0 && passiveMatch[v] == null) {
          passiveMatch[v] = match;
          passiveNoun[v] = noun;
          consumedNoun[noun] = true;
        }
      }
    }
    for (int v = 0; v < view.size; v++) {
      if (passiveMatch[v] != null) {
        passive(v, passiveNoun[v], passiveMatch[v]);
        continue;
      }
      if (consumedNoun[v]) {
        continue;
      }
      for (Triggers.VerbMatch match : verbs[v]) {
        if (!match.rule().passive() && verb(v, match)) {
          break;
        }
      }
      for (TriggerRule rule : nounRules(v)) {
        nominal(v, rule);
      }
    }
    facts();
  }

  // ---- trigger words

  private List<Triggers.VerbMatch> verbMatches(int i) {
    if (!view.tokens.get(i).isWord() || (i > 0 && view.is(i - 1, WordClass.PREPOSITION))) {
      return List.of();
    }
    List<Triggers.VerbMatch> found = triggers.verb(view.norm(i));
    if (found.isEmpty() && !view.bare(i).equals(view.norm(i))) {
      found = triggers.verb(view.bare(i));
      behindConjunction[i] = !found.isEmpty();
    }
    return found;
  }

  private List<TriggerRule> nounRules(int i) {
    if (!view.tokens.get(i).isWord()) {
      return List.of();
    }
    List<TriggerRule> found = triggers.noun(view.norm(i));
    return found.isEmpty() && !view.bare(i).equals(view.norm(i)) ? triggers.noun(view.bare(i)) : found;
  }

  /** The token where the clause of the word at v ends: a stop, a clause word, or another trigger verb. */
  private int clauseEnd(int v) {
    for (int k = v + 1; k < view.size; k++) {
      if (view.isClauseStop(k) || (verbAt[k] && !consumedNoun[k]) || view.is(k, WordClass.COMPLEMENTIZER)
          || view.is(k, WordClass.RELATIVE) || view.is(k, WordClass.BOUNDARY) || view.is(k, WordClass.REPORTING)
          || view.is(k, WordClass.DENIAL)) {
        return k;
      }
    }
    return view.size;
  }

  // ---- verbs

  /** The verbal noun of an impersonal verb at v (وجرى خلال الاستقبال بحث), or -1. */
  private int passiveNoun(int v, TriggerRule rule) {
    int limit = Math.min(view.size, v + 1 + MAX_PASSIVE_NOUN_DISTANCE);
    for (int k = v + 1; k < limit; k++) {
      if (view.isClauseStop(k) || view.is(k, WordClass.COMPLEMENTIZER)) {
        return -1;
      }
      if (isNoun(rule, k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * An impersonal verb with its verbal noun: the relation holds between the latest event's two parties, or for a
   * signing between the parties named after بين (جرى توقيع الاتفاقية بين X وY). After talks, بين names the topic
   * (استعراض العلاقات بين البلدين), not the parties.
   */
  private void passive(int v, int noun, Triggers.VerbMatch match) {
    Party[] pair = discourse.pair(null);
    int between = match.rule().relation() == Relation.SIGN_AGREEMENT ? between(noun + 1, view.size) : -1;
    Phrase both = between > 0 ? phrases.at(between + 1, Phrases.NONE) : null;
    if (both != null && both.conjuncts().size() >= 2) {
      List<Party> named = parties(both, null);
      pair = new Party[] {named.get(0), named.get(1)};
    }
    if (pair == null) {
      return;
    }
    Event event = new Event(match.rule(), "pair", predicateStart(v), view.tokens.get(noun).end(), v,
        clauseEnd(noun), null, null, List.of(pair[0]), List.of(pair[1]), false, false,
        match.inflection().future(), match.inflection().present(), true);
    write(event, 0.9);
  }

  /** A verb rule at v; true when it produced an event. */
  private boolean verb(int v, Triggers.VerbMatch match) {
    TriggerRule rule = match.rule();
    VerbForms.Inflection inflection = match.inflection();
    int end = clauseEnd(v);
    Phrase pre = preverbalSubject(v);
    int j = skipAdverbs(v + 1, end);
    int nounBefore = j < end && view.norm(j).equals("بها") ? nounBefore(rule, v) : -1;
    if (nounBefore >= 0) {
      j = skipAdverbs(j + 1, end);
    }
    Phrase post = j < end ? phrases.at(j, Phrases.NONE) : null;
    if (post != null && post.last() >= end) {
      post = null;
    }
    if (pre != null && post != null && rule.needsNoun() && !rule.agreement() && titleOnly(pre) && hasName(post)
        && nounAt(rule, skipAdverbs(post.last() + 1, end), end)) {
      pre = null;
    }
    if (pre == null && post == null) {
      post = appositiveSubject(j, end);
    }
    if (pre == null && post == null) {
      post = subjectAfterUnknownTitle(j, end);
    }
    if (pre == null && post == null && rule.relation() == Relation.HOLD_TALKS && !rule.needsNoun()) {
      int encounter = j < end && view.is(j, WordClass.ENCOUNTER) ? j
          : v > 0 && view.is(v - 1, WordClass.ENCOUNTER) ? v - 1 : -1;
      Party[] pair = encounter >= 0 ? discourse.pair(null) : null;
      if (pair != null && !unreal(v)) {
        Event event = new Event(rule, "pair", predicateStart(v), view.tokens.get(v).end(), v, end, null, null,
            List.of(pair[0]), List.of(pair[1]), false, false, inflection.future(), inflection.present(), true);
        return write(event, 0.9);
      }
    }
    Phrase subject;
    String how;
    int from;
    Party antecedent = pre == null ? relativeAntecedent(v) : null;
    if (antecedent != null) {
      post = null;
    }
    if (pre != null) {
      subject = pre;
      how = "svo";
      from = v + 1;
    } else if (post != null) {
      subject = post;
      how = "vso";
      from = post.last() + 1;
    } else {
      subject = null;
      how = "dropped";
      from = v + 1;
    }
    int predicateStart = predicateStart(v);
    int predicateEnd = view.tokens.get(v).end();
    int noun = -1;
    if (nounBefore >= 0) {
      noun = nounBefore;
      predicateStart = view.tokens.get(noun).start();
    } else if (rule.needsNoun()) {
      noun = findNoun(rule, from, end);
      if (noun < 0 && end < view.size && end - from < MAX_NOUN_DISTANCE && verbAt[end] && isNoun(rule, end)) {
        noun = end; // شكره is also شكر with an object pronoun: here it is the noun of قدم
        consumedNoun[noun] = true;
        end = clauseEnd(noun);
      }
      if (noun < 0 && rule.agreement() && inflection.objectSuffix() && v > 0 && view.is(v - 1, WordClass.RELATIVE)) {
        noun = v;
      }
      if (noun < 0) {
        return false;
      }
      if (noun + 1 == end && end < view.size && verbAt[end] && view.bare(end).equals(view.norm(end))
          && view.tokens.get(end).enclitic().isEmpty()) {
        consumedNoun[end] = true; // برقية شكر: the word after the noun is its complement, not a verb
        end = clauseEnd(end);
      }
      if (noun > v) {
        from = noun + 1;
        if (!rule.agreement()) {
          if (skipAdverbs(v + 1, noun) < noun) {
            predicateStart = view.tokens.get(noun).start();
          }
          predicateEnd = view.tokens.get(noun).end();
        }
      }
    }
    if (unreal(v)) {
      return false;
    }
    if (subject == null && noun > v && rule.relation().symmetric()) {
      Phrase after = partiesAfterNoun(noun + 1, end);
      if (after != null) {
        subject = after;
        how = "inverted";
        from = after.last() + 1;
      }
    }
    if (rule.carried()) {
      int afterSubject = subject != null ? subject.last() + 1 : v + 1;
      return carried(v, match, afterSubject, from - 1, end, predicateStart);
    }
    if (rule.meeting()) {
      return presided(v, match, subject, how, end, predicateStart, predicateEnd);
    }
    Phrase objectPhrase = null;
    List<Party> objects = List.of();
    boolean pronoun = false;
    boolean nested = false;
    if (!rule.objectMarkers().isEmpty()) {
      int subjectLast = how.equals("svo") ? -1 : (subject == null ? v : subject.last());
      ObjectSlot slot = findObject(rule, from, end, subjectLast);
      if (slot == null && noun > v) {
        slot = findObject(rule, subjectLast + 1, noun, subjectLast);
      }
      if (slot != null) {
        objectPhrase = slot.phrase;
        pronoun = slot.pronoun;
        nested = slot.nested;
      }
    }
    if (objectPhrase == null && !pronoun && inflection.objectSuffix() && rule.takes(TriggerRule.DIRECT)
        && !rule.agreement()) {
      pronoun = true;
    }
    if (rule.agreement() && subject == null && objectPhrase == null) {
      List<Party> signatories = signatoriesForSides(v, view.size);
      if (signatories.size() >= 2) {
        return write(new Event(rule, "sides", predicateStart, predicateEnd, v, end, null, null, signatories, List.of(),
            false, false, inflection.future(), inflection.present(), false), 1.0);
      }
    }
    droppedVerb = v;
    List<Party> subjects = subjectParties(subject, inflection);
    if (relativeSubject) {
      how = "relative";
      relativeSubject = false;
    } else if (subject != null && subject.isPair()) {
      how = "pair";
    } else if (subject == null && inflection.number() == VerbForms.Number.DUAL) {
      how = "dual";
    }
    if (subjects.isEmpty()) {
      return false;
    }
    if (objectPhrase != null) {
      objects = objectParties(objectPhrase, subjects);
    } else if (pronoun) {
      Party other = pronounReferent(subjects.get(0));
      objects = other == null ? List.of() : List.of(other);
    }
    if (objects.isEmpty() && !(rule.relation().symmetric() && subjects.size() >= 2)) {
      return false;
    }
    boolean background = v > 0 && (view.is(v - 1, WordClass.RELATIVE) || view.is(v - 1, WordClass.SINCE));
    Event event = new Event(rule, how, predicateStart, predicateEnd, v, end, subject, objectPhrase,
        subjects, objects, pronoun, nested, inflection.future(), inflection.present(), background);
    return write(event, 1.0);
  }

  /**
   * A greeting or message carried by the subject (نقل الوزير لأمير قطر تحيات خادم الحرمين): sent by the phrase after
   * the noun (or after من), to the rule's object (or to the other party of the latest event for إليه، له).
   */
  private boolean carried(int v, Triggers.VerbMatch match, int afterSubject, int noun, int end, int predicateStart) {
    TriggerRule rule = match.rule();
    int at = noun + 1;
    while (at < end && view.bare(at).length() > 2 && !view.bare(at).equals(view.norm(at)) && isNoun(rule, at)) {
      at++; // تحيات وتهاني خادم الحرمين
    }
    if (at < end && view.norm(at).equals("من")) {
      at++;
    }
    Phrase sender = at < end ? phrases.at(at, Phrases.NONE) : null;
    if (sender == null || sender.isPair()) {
      return false;
    }
    List<Party> senders = parties(sender, null);
    ObjectSlot slot = findObject(rule, afterSubject, end, -1);
    List<Party> recipients = List.of();
    if (slot != null && slot.phrase != null && slot.phrase.first() != sender.first()) {
      recipients = parties(slot.phrase, null);
    } else if (slot != null && slot.pronoun) {
      Party other = discourse.other(senders.get(0));
      recipients = other == null ? List.of() : List.of(other);
    }
    if (recipients.isEmpty()) {
      return false;
    }
    Event event = new Event(rule, "carried", view.tokens.get(noun).start(), view.tokens.get(noun).end(), v, end,
        null, slot.phrase, senders, recipients, slot.pronoun, false, match.inflection().future(),
        match.inflection().present(), true);
    return write(event, 1.0);
  }

  /**
   * Presiding over a meeting (ترأس الاجتماع، وترأس الاجتماع الوزير X، أشرف الوزير على جلسة عمل، يترأس الجانبان
   * أشغال الدورة): the object is the meeting phrase right after the verb, its subject, على or a time word. Leading
   * a delegation (رأس الوفد) is not chairing. The meeting is background: dual nouns never refer to it.
   */
  private boolean presided(int v, Triggers.VerbMatch match, Phrase subject, String how, int end, int predicateStart,
      int predicateEnd) {
    Entity meeting = null;
    for (int k = v + 1; k < Math.min(end, v + 1 + MAX_NOUN_DISTANCE); k++) {
      if (subject != null && k >= subject.first() && k <= subject.last()) {
        continue;
      }
      if (view.is(k, WordClass.DELEGATION)) {
        return false;
      }
      if (!view.is(k, WordClass.MEETING)) {
        continue;
      }
      int prev = k - 1;
      boolean attached = prev == v || (subject != null && prev == subject.last()) || view.norm(prev).equals("علي")
          || view.isComma(prev) || view.is(prev, WordClass.ADVERB) || view.is(prev, WordClass.DAY)
          || view.is(prev, WordClass.WEEKDAY);
      if (!attached) {
        return false;
      }
      meeting = meetingPhrase(k, end);
      break;
    }
    if (meeting == null) {
      return false;
    }
    droppedVerb = v;
    List<Party> subjects = subjectParties(subject, match.inflection());
    if (relativeSubject) {
      how = "relative";
      relativeSubject = false;
    } else if (subject != null && subject.isPair()) {
      how = "pair";
    } else if (subject == null && match.inflection().number() == VerbForms.Number.DUAL) {
      how = "dual";
    }
    if (subjects.isEmpty()) {
      return false;
    }
    Event event = new Event(match.rule(), how, predicateStart, predicateEnd, v, end, subject, null, subjects,
        List.of(new Party(meeting, List.of(), List.of())), false, false, match.inflection().future(),
        match.inflection().present(), true);
    return write(event, 1.0);
  }

  /**
   * A meeting presided over, named before برئاسة (عقد المجلس جلسته العادية برئاسة X، في اجتماعه الذي عقد اليوم
   * برئاسة X): chair(X, meeting); nothing when a delegation word is nearer (وفد برئاسة).
   */
  private void presidedBy(int n, TriggerRule rule, int end) {
    Phrase chair = phrases.at(n + 1, Phrases.NONE);
    if (chair == null || chair.isPair() || chair.last() >= end) {
      return;
    }
    Entity meeting = null;
    for (int k = n - 1; k >= Math.max(0, n - MAX_NOUN_DISTANCE); k--) {
      if (view.isClauseStop(k) || view.isComma(k) || view.is(k, WordClass.DELEGATION)) {
        return;
      }
      if (view.is(k, WordClass.MEETING)) {
        meeting = meetingPhrase(k, n);
        break;
      }
    }
    if (meeting == null) {
      return;
    }
    write(new Event(rule, "nominal", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, chair, null,
        parties(chair, null), List.of(new Party(meeting, List.of(), List.of())), false, false, false, false, true),
        1.0);
  }

  /**
   * The meeting phrase starting at the meeting word k: the word and up to two words of its complement (جلسة عمل
   * وزارية، أشغال الدورة الخامسة، اجتماع مجلس الوزراء), up to punctuation, a preposition, a verb, a person or
   * title, or {@code end}. An organisation type: a meeting has no entity type of its own and no key.
   */
  private Entity meetingPhrase(int k, int end) {
    int last = k;
    for (int j = k + 1; j < Math.min(end, k + 1 + MAX_MEETING_WORDS); j++) {
      if (!view.tokens.get(j).isWord() || view.is(j, WordClass.PREPOSITION) || view.norm(j).equals("مع") || verbAt[j]
          || view.is(j, WordClass.ADVERB) || view.is(j, WordClass.DAY) || view.is(j, WordClass.WEEKDAY)
          || view.is(j, WordClass.RELATIVE) || view.is(j, WordClass.COMPLEMENTIZER)
          || view.is(j, WordClass.BOUNDARY) || view.is(j, WordClass.HONORIFIC) || !nounRules(j).isEmpty()) {
        break;
      }
      Mention m = view.mentionAt(j);
      if (m != null && m.entity().type() != EntityType.ORG && m.entity().type() != EntityType.GPE) {
        break;
      }
      if (m != null) {
        j = m.last();
      }
      last = j;
    }
    int start = view.tokens.get(k).start() + (view.bare(k).equals(view.norm(k)) ? 0 : 1);
    int stop = view.tokens.get(last).end();
    String surface = view.text.substring(start, stop);
    return new Entity(EntityType.ORG, start, stop, surface, Words.normalize(surface), null, "meeting", 0.5,
        view.sentence.index());
  }

  /**
   * Who signed for each side (ووقع الاتفاقية عن الجانب القطري وزير المالية، وعن الجانب الكيني وزير الخزانة): after
   * each عن, the last person the side's words name before the next عن; in order.
   */
  private List<Party> signatoriesForSides(int v, int end) {
    List<Party> signatories = new ArrayList<>();
    Party current = null;
    boolean inSide = false;
    for (int k = v + 1; k < end && !view.isClauseStop(k); k++) {
      if (view.bare(k).equals("عن")) {
        if (current != null) {
          signatories.add(current);
        }
        current = null;
        inSide = true;
        continue;
      }
      Phrase p = inSide ? phrases.at(k, Phrases.NONE) : null;
      if (p == null) {
        continue;
      }
      for (Conjunct c : p.conjuncts()) {
        Party party = party(c);
        if (party.isPerson()) {
          current = party;
        }
      }
      k = p.last();
    }
    if (current != null) {
      signatories.add(current);
    }
    return signatories;
  }

  /** What a pronoun object refers to: the other party of this sentence's event, else of the article's latest. */
  private Party pronounReferent(Party subject) {
    if (lastEvent != null) {
      if (!lastEvent[0].sameAs(subject)) {
        return lastEvent[0];
      }
      if (!lastEvent[1].sameAs(subject)) {
        return lastEvent[1];
      }
    }
    return discourse.other(subject);
  }

  /**
   * Coordinated parties named after the verbal noun of an impersonal verb (قام بتوقيع الاتفاقية كل من X وY),
   * past what was signed and كل من; or null.
   */
  private Phrase partiesAfterNoun(int from, int end) {
    int k = from;
    while (k < Math.min(end, from + 4)
        && (view.is(k, WordClass.AGREEMENT) || view.norm(k).equals("كل") || view.norm(k).equals("من")
            || view.is(k, WordClass.ADVERB))) {
      k++;
    }
    Phrase p = k < end ? phrases.at(k, Phrases.NONE) : null;
    return p != null && p.conjuncts().size() >= 2 && p.last() < end ? p : null;
  }

  /** Whether the word at v is in the scope of a hope, wish, invitation or condition (تمنى أن يزور، إذا تم). */
  private boolean unreal(int v) {
    for (int k = v - 1; k >= Math.max(0, v - 8) && !view.isClauseStop(k); k--) {
      if (view.is(k, WordClass.UNREAL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verbal noun: with a pronoun subject (خلال لقائه الرئيس، لدى استقباله; with no object named, after a
   * preposition and with his ه, a reception or meeting between the parties of the sentence's event: بحث X مع Y
   * لدى استقباله; not a body's own meeting: تعقد اللجنة اجتماعها), with its subject after it (لقاء
   * الوزير مع نظيره), after خلال/في with its object (خلال لقاء مع نظيره), with both parties after بين (الاجتماع بين
   * البلدين), or of purpose after an event of the sentence (يلتقي ... لبحث).
   */
  private void nominal(int n, TriggerRule rule) {
    if (unreal(n)) {
      return;
    }
    int end = clauseEnd(n);
    if (rule.meeting()) {
      presidedBy(n, rule, end);
      return;
    }
    if (rule.purpose()) {
      if (lastEvent != null && !isPlace(lastEvent[1].entity())) {
        Event event = new Event(rule, "purpose", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null,
            null, List.of(lastEvent[0]), List.of(lastEvent[1]), false, false, false, false, true);
        write(event, 1.0);
      } else if (lastEvent != null) {
        purposeWith(n, rule, end);
      }
      return;
    }
    boolean possessive = !view.tokens.get(n).enclitic().isEmpty();
    boolean framed = n > 0 && view.is(n - 1, WordClass.PREPOSITION);
    int from = n + 1;
    while (from < end && (view.is(from, WordClass.ADVERB) || view.is(from, WordClass.DAY)
        || view.is(from, WordClass.WEEKDAY))) {
      from++;
    }
    Phrase genitive = !possessive && from < end ? phrases.at(from, Phrases.NONE) : null;
    if (genitive != null && !genitive.isPair() && genitive.conjuncts().size() == 1) {
      ObjectSlot slot = findObject(withoutDirect(rule), genitive.last() + 1, end, genitive.last());
      if (slot != null && slot.phrase != null) {
        Party subject = party(genitive.conjuncts().get(0));
        write(new Event(rule, "nominal", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, genitive,
            slot.phrase, List.of(subject), objectParties(slot.phrase, List.of(subject)), false, false, false, false,
            false), 1.0);
        return;
      }
    }
    if (!possessive && rule.takes(TriggerRule.BETWEEN)) {
      int between = between(from, end);
      if (between > 0) {
        Phrase both = phrases.at(between + 1, Phrases.NONE);
        if (both != null && (both.conjuncts().size() >= 2 || both.isPair())) {
          write(new Event(rule, "between", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null,
              both, parties(both, null), List.of(), false, false, false, false, false), 1.0);
          return;
        }
      }
    }
    if (!possessive && !framed) {
      return;
    }
    if (!possessive && !(from < end && (rule.takes(view.norm(from)) || startsWithMarker(rule, from)))) {
      return;
    }
    ObjectSlot slot = findObject(rule, from, Math.min(end, from + 3), n);
    if ((slot == null || slot.phrase == null) && possessive && framed && lastEvent != null
        && view.tokens.get(n).enclitic().equals("ه")
        && (rule.relation() == Relation.HOST || rule.relation() == Relation.MEET)) {
      write(new Event(rule, "nominal", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null, null,
          List.of(lastEvent[0]), List.of(lastEvent[1]), true, false, false, false, true), 1.0);
      return;
    }
    if (slot == null || slot.phrase == null) {
      return;
    }
    if (!possessive && lastEvent != null && n + 1 < end && view.is(n + 1, WordClass.TRILATERAL)) {
      // التقيا خلال اجتماع ثلاثي مع X: the sentence's pair met X, and so each of them met X
      write(new Event(rule, "nominal", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null,
          slot.phrase, List.of(lastEvent[0], lastEvent[1]), objectParties(slot.phrase, List.of(lastEvent[0])),
          false, false, false, false, false), 1.0);
      return;
    }
    Party subject = possessive ? nearestBefore(n) : sentenceSubject(n);
    if (subject == null && possessive) {
      subject = discourse.topic();
    }
    if (subject == null) {
      return;
    }
    List<Party> objects = objectParties(slot.phrase, List.of(subject));
    Event event = new Event(rule, "nominal", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null,
        slot.phrase, List.of(subject), objects, false, false, false, false, false);
    write(event, 1.0);
  }

  /**
   * The purpose of a visit to a place, with its own party (يزور موسكو لمناقشة ... مع نظيره الروسي): talks between
   * the visitor and the party after مع, which the article's later dual nouns may refer to.
   */
  private void purposeWith(int n, TriggerRule rule, int end) {
    for (int k = n + 1; k < Math.min(end, n + 1 + MAX_NOUN_DISTANCE); k++) {
      if (!view.norm(k).equals("مع")) {
        continue;
      }
      Phrase p = phrases.at(k + 1, Phrases.NONE);
      if (p == null || p.isPair() || !hasPerson(p)) {
        return;
      }
      write(new Event(rule, "purpose", view.tokens.get(n).start(), view.tokens.get(n).end(), n, end, null, p,
          List.of(lastEvent[0]), objectParties(p, List.of(lastEvent[0])), false, false, false, false, false), 1.0);
      return;
    }
  }

  private boolean hasPerson(Phrase p) {
    for (Conjunct c : p.conjuncts()) {
      if (party(c).isPerson()) {
        return true;
      }
    }
    return false;
  }

  /** The بين a few words after a meeting noun (اجتماع اللجنة المشتركة بين البلدين), before a comma; or -1. */
  private int between(int from, int end) {
    for (int k = from; k < Math.min(view.size, from + MAX_BETWEEN_DISTANCE); k++) {
      if (view.isComma(k) || view.isClauseStop(k) || view.mentionAt(k) != null) {
        return -1;
      }
      if (view.norm(k).equals(TriggerRule.BETWEEN)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The rule taking its object only after a preposition written apart or ل: after a genitive subject no bare
   * object follows, and بـ there mostly completes a title (وزير الخارجية بدولة قطر).
   */
  private static TriggerRule withoutDirect(TriggerRule r) {
    Set<String> markers = new HashSet<>(r.objectMarkers());
    markers.remove(TriggerRule.DIRECT);
    markers.remove("ب");
    return new TriggerRule(r.id(), r.relation(), r.cameoCode(), r.nouns(), r.nounClass(), Set.copyOf(markers),
        r.reverse(), r.agreement(), r.passive(), r.possessive(), r.nested(), r.carried(), r.purpose(), r.meeting(),
        r.confidence());
  }

  private static boolean isPlace(Entity e) {
    return e.type() == EntityType.GPE || e.type() == EntityType.LOC;
  }

  /**
   * A name set off by commas after words the recognizer did not take for a title (أجرى وزير الشؤون الخارجية
   * ...، ناصر بوريطة، اليوم): the subject of a verb whose subject phrase did not start right after it.
   */
  private Phrase appositiveSubject(int from, int end) {
    int limit = Math.min(end, from + MAX_NOUN_DISTANCE);
    for (int k = from; k < limit; k++) {
      if (view.isComma(k)) {
        Phrase p = k > from ? phrases.at(k + 1, Phrases.NONE) : null;
        int after = p == null ? -1 : p.last() + 1;
        boolean closed = after >= 0 && (after >= view.size || view.isComma(after) || view.isClauseStop(after));
        return closed && hasName(p) && p.last() < end ? p : null;
      }
      if (!view.tokens.get(k).isWord() || view.mentionAt(k) != null || view.is(k, WordClass.PREPOSITION)
          || view.norm(k).equals("مع") || verbAt[k]) {
        return null;
      }
    }
    return null;
  }

  /**
   * A name phrase after one or two definite words the recognizer did not take for a title, starting with a
   * nationality, title or honorific (ثمن النائب الأردني خليل عطية، ترأس الاجتماع معالي الوزير X): the subject of
   * the verb before them.
   */
  private Phrase subjectAfterUnknownTitle(int from, int end) {
    for (int k = from; k < Math.min(end, from + 2); k++) {
      String norm = view.norm(k);
      if (!view.tokens.get(k).isWord() || !norm.startsWith("ال") || view.mentionAt(k) != null || verbAt[k]
          || view.is(k, WordClass.PREPOSITION) || view.is(k, WordClass.PAIR) || view.is(k, WordClass.PAIR_COUNTRY)) {
        return null;
      }
      Mention next = k + 1 < end ? view.mentionAt(k + 1) : null;
      boolean honorific = next == null && k + 1 < end && phrases.glue(k + 1, Phrases.NONE, new boolean[1]) > 0;
      if (honorific || next != null && next.clitic().isEmpty()
          && (next.kind() == Mention.Kind.NORP || next.kind() == Mention.Kind.TITLE)) {
        Phrase p = phrases.at(k + 1, Phrases.NONE);
        return p != null && hasName(p) && p.last() < end ? p : null;
      }
    }
    return null;
  }

  /** Where the predicate starts: the verb without a conjunction written on it (والتقى → التقى). */
  private int predicateStart(int v) {
    int start = view.tokens.get(v).start();
    return behindConjunction[v] ? start + 1 : start;
  }

  /** The subject phrase standing right before the verb at a clause start (السيسي يتلقى، وكان الأمير قد استقبل). */
  private Phrase preverbalSubject(int v) {
    int k = v - 1;
    while (k >= 0 && view.is(k, WordClass.AUXILIARY) && !isKana(k)) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    for (int start = k; start >= Math.max(0, k - 24); start--) {
      if (start > 0 && !clauseStartsAfter(start - 1)) {
        continue;
      }
      Phrase p = phrases.at(start, Phrases.NONE_OR_WAW);
      if (p != null && p.last() == k) {
        return p;
      }
    }
    return null;
  }

  /** كان and its forms, after which a subject may stand before the verb (وكان الأمير قد استقبل، أن يكون الوزير قد التقى). */
  private boolean isKana(int k) {
    switch (view.bare(k)) {
      case "كان":
      case "كانت":
      case "يكون":
      case "تكون":
        return true;
      default:
        return false;
    }
  }

  private boolean clauseStartsAfter(int k) {
    return view.is(k, WordClass.COMPLEMENTIZER) || view.is(k, WordClass.BOUNDARY) || isKana(k)
        || view.isClauseStop(k) || view.isDash(k) || view.isQuote(k);
  }

  private int skipAdverbs(int k, int end) {
    while (k < end && (view.is(k, WordClass.ADVERB) || view.is(k, WordClass.DAY) || view.is(k, WordClass.AUXILIARY))) {
      k++;
    }
    return k;
  }

  private int findNoun(TriggerRule rule, int from, int end) {
    int limit = Math.min(end, from + MAX_NOUN_DISTANCE);
    for (int k = from; k < limit; k++) {
      if (isNoun(rule, k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The rule's noun standing just before its light verb, which then takes it with بها (زيارة رسمية يقوم بها X إلى
   * Y): the noun's token, or -1.
   */
  private int nounBefore(TriggerRule rule, int v) {
    if (!rule.needsNoun() || rule.agreement()) {
      return -1;
    }
    for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
      if (isNoun(rule, k)) {
        return k;
      }
      if (!view.tokens.get(k).isWord() || view.mentionAt(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  private boolean nounAt(TriggerRule rule, int k, int end) {
    return k < end && isNoun(rule, k);
  }

  private boolean isNoun(TriggerRule rule, int k) {
    String norm = view.norm(k);
    if (rule.nouns().contains(norm) || rule.nouns().contains(view.bare(k))) {
      return true;
    }
    return rule.nounClass() != null && view.is(k, rule.nounClass());
  }

  // ---- objects

  private static final class ObjectSlot {
    Phrase phrase;
    boolean pronoun;
    boolean nested;
  }

  /**
   * The object after {@code from} by the rule's markers: a bare phrase (direct), a phrase after a preposition
   * written apart (مع، من، إلى) or on the word (بنظيره، لفخامة), both parties after بين, or a pronoun (معه).
   * Prepositional phrases the rule does not take (في قصر السلام بجدة) are passed over, as are adverbs and commas.
   * A title alone behind بـ/لـ (لرئيس مجلس الوزراء) may be the end of a title chain: it is kept only when no
   * named object follows in the clause, and never right after another phrase.
   *
   * @param subjectLast the last token of a subject right before {@code from}, or -1
   */
  private ObjectSlot findObject(TriggerRule rule, int from, int end, int subjectLast) {
    boolean inPrepositional = false;
    int unknown = 0;
    int previousPhraseEnd = subjectLast;
    ObjectSlot fallback = null;
    for (int k = from; k < end; k++) {
      if (view.isComma(k)) {
        inPrepositional = false;
        int close = commaParenthesisEnd(k, end);
        if (close > k) {
          k = close - 1;
        }
        continue;
      }
      int blessing = phrases.blessing(k);
      if (blessing > 0) {
        k += blessing - 1;
        continue;
      }
      if (view.isPunctuation(k) || view.is(k, WordClass.ADVERB) || view.is(k, WordClass.DAY)
          || view.is(k, WordClass.WEEKDAY) || view.isNumber(k) || view.is(k, WordClass.MONTH)) {
        inPrepositional &= !(view.is(k, WordClass.ADVERB) || view.is(k, WordClass.DAY));
        continue;
      }
      String norm = view.norm(k);
      String pronounBase = pronounPreposition(norm);
      if (pronounBase != null && rule.takes(pronounBase)) {
        ObjectSlot slot = new ObjectSlot();
        slot.pronoun = true;
        return slot;
      }
      if (view.is(k, WordClass.PREPOSITION) || norm.equals("مع")) {
        if (rule.takes(norm) || (norm.equals("الي") && rule.takes("الي"))) {
          Phrase p = phrases.at(k + 1, Phrases.NONE);
          if (p != null && norm.equals(TriggerRule.BETWEEN) && p.conjuncts().size() < 2 && !p.isPair()) {
            return null;
          }
          if (p == null && rule.relation() == Relation.VISIT) {
            return listed(k + 1, end);
          }
          return p == null ? nested(rule, k + 1, end) : slot(p, false);
        }
        inPrepositional = true;
        continue;
      }
      if (isPlaceNoun(k, "ب")) {
        inPrepositional = true;
        continue;
      }
      String clitic = prepositionClitic(k);
      if (clitic != null) {
        if (rule.takes(clitic)) {
          Phrase p = phrases.at(k, Set.of(clitic));
          if (p != null && titleOnly(p) && view.mentionAt(k) != null) {
            if (fallback == null && k != previousPhraseEnd + 1) {
              fallback = slot(p, false);
            }
            previousPhraseEnd = p.last();
            k = p.last();
            continue;
          }
          return p == null ? nested(rule, k, end) : slot(p, false);
        }
        inPrepositional = true;
        continue;
      }
      Phrase p = phrases.at(k, Phrases.NONE);
      if (p != null) {
        boolean named = hasName(p) || view.mentionAt(k) == null;
        boolean apposition = subjectLast >= 0 && k == subjectLast + 1 && titleOnly(p) && !named;
        if (rule.takes(TriggerRule.DIRECT) && (!inPrepositional || named) && !apposition) {
          return slot(p, false);
        }
        if (inPrepositional && placeOnly(p)) {
          inPrepositional = false;
        }
        previousPhraseEnd = p.last();
        k = p.last();
        continue;
      }
      if (!inPrepositional && ++unknown > (rule.takes(TriggerRule.DIRECT) && rule.objectMarkers().size() == 1
          ? MAX_UNKNOWN_BEFORE_DIRECT : MAX_UNKNOWN_BEFORE_MARKER)) {
        if (fallback != null) {
          return fallback;
        }
        return rule.nested() && rule.takes(TriggerRule.DIRECT) ? nested(rule, from, end) : null;
      }
    }
    return fallback;
  }

  /**
   * The places a generic destination lists (بزيارة إلى دول المنطقة تشمل الكويت وقطر): the phrase after a listing
   * word a few words on, or null.
   */
  private ObjectSlot listed(int from, int end) {
    for (int k = from; k < Math.min(end, from + MAX_LIST_DISTANCE); k++) {
      if (view.isPunctuation(k) || view.mentionAt(k) != null) {
        return null;
      }
      if (view.is(k, WordClass.LISTING)) {
        Phrase p = phrases.at(k + 1, Phrases.NONE);
        return p == null || p.last() >= end ? null : slot(p, false);
      }
    }
    return null;
  }

  /** The end of a parenthesis set off by commas with no mention in it (، وفق البيان ذاته،), or -1. */
  private int commaParenthesisEnd(int k, int end) {
    for (int j = k + 1; j < Math.min(end, k + 6); j++) {
      if (view.isComma(j)) {
        return j + 1;
      }
      if (view.mentionAt(j) != null || view.is(j, WordClass.PREPOSITION) || view.norm(j).equals("مع")
          || prepositionClitic(j) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** An actor inside the complement of a praise verb (بالمواقف الثابتة لإندونيسيا), when the rule allows it. */
  private ObjectSlot nested(TriggerRule rule, int from, int end) {
    if (!rule.nested()) {
      return null;
    }
    for (int k = from; k < Math.min(end, from + MAX_NESTED_DISTANCE); k++) {
      if (view.isComma(k)) {
        return null;
      }
      Mention m = view.mentionAt(k);
      if (m != null && m.entity().type() != EntityType.NORP && m.entity().type() != EntityType.TITLE) {
        Phrase p = phrases.at(k, Set.of(m.clitic()));
        if (p != null) {
          ObjectSlot slot = slot(p, false);
          slot.nested = true;
          return slot;
        }
      }
    }
    return null;
  }

  private static ObjectSlot slot(Phrase p, boolean pronoun) {
    ObjectSlot slot = new ObjectSlot();
    slot.phrase = p;
    slot.pronoun = pronoun;
    return slot;
  }

  private boolean startsWithMarker(TriggerRule rule, int k) {
    String clitic = prepositionClitic(k);
    return clitic != null && rule.takes(clitic);
  }

  /** "ب" or "ل" when token k is that preposition written on a phrase (بنظيره، بالرئيس، لفخامة), else null. */
  private String prepositionClitic(int k) {
    String norm = view.norm(k);
    for (String clitic : new String[] {"ب", "ل"}) {
      if (!norm.startsWith(clitic) || norm.length() < 3) {
        continue;
      }
      Mention m = view.mentionAt(k);
      if (m != null && m.clitic().equals(clitic)) {
        return clitic;
      }
      if (m == null && phrases.glue(k, Set.of(clitic), new boolean[1]) > 0) {
        return clitic;
      }
      if (clitic.equals("ب") && norm.startsWith("بال") && m == null) {
        return clitic;
      }
    }
    return null;
  }

  private static String pronounPreposition(String norm) {
    if (norm.length() > 4 && (norm.startsWith("ل") || norm.startsWith("ب"))
        && HONORIFIC_PRONOUNS.contains(norm.substring(1))) {
      return norm.substring(0, 1); // لفخامته، لسموه: to him, by his title
    }
    switch (norm) {
      case "معه":
      case "معها":
      case "معهما":
        return "مع";
      case "به":
      case "بها":
      case "بهما":
        return "ب";
      case "له":
      case "لها":
        return "ل";
      case "منه":
      case "منها":
        return "من";
      case "اليه":
      case "اليها":
        return "الي";
      default:
        return null;
    }
  }

  /** A phrase naming its parties by title alone (وزير الخارجية), which right after a name may be its title. */
  private static boolean titleOnly(Phrase p) {
    for (Conjunct c : p.conjuncts()) {
      if (c.head().type() != EntityType.TITLE) {
        return false;
      }
    }
    return !p.conjuncts().isEmpty();
  }

  /** A phrase of cities and countries only: it ends the place phrase it stands in (في برلين). */
  private static boolean placeOnly(Phrase p) {
    for (Conjunct c : p.conjuncts()) {
      if (!isPlace(c.head())) {
        return false;
      }
    }
    return !p.conjuncts().isEmpty();
  }

  private static boolean hasName(Phrase p) {
    for (Conjunct c : p.conjuncts()) {
      if (c.head().type() == EntityType.PER) {
        return true;
      }
    }
    return false;
  }

  // ---- parties

  private List<Party> subjectParties(Phrase subject, VerbForms.Inflection inflection) {
    if (subject == null) {
      if (inflection.number() == VerbForms.Number.DUAL) {
        Party[] pair = discourse.pair(null);
        return pair == null ? List.of() : List.of(pair);
      }
      Party antecedent = relativeAntecedent(droppedVerb);
      if (antecedent != null) {
        relativeSubject = true;
        return List.of(antecedent);
      }
      if (inflection.number() == VerbForms.Number.SINGULAR && !subordinate(lastEventVerb + 1, droppedVerb)) {
        Party actor = lastEvent != null ? lastEvent[0] : leadingActor();
        return actor == null ? List.of() : List.of(actor);
      }
      return List.of();
    }
    return parties(subject, null);
  }

  private List<Party> objectParties(Phrase object, List<Party> subjects) {
    return parties(object, subjects.isEmpty() ? null : subjects.get(0));
  }

  /** The parties of a phrase; a counterpart borrows the titles of {@code of} (نظيره holds the same office). */
  private List<Party> parties(Phrase phrase, Party of) {
    if (phrase.isPair()) {
      Party[] pair = phrase.pair().wordClass() == WordClass.PAIR_COUNTRY ? discourse.countryPair()
          : discourse.pair(phrase.pair());
      return pair == null ? List.of() : List.of(pair);
    }
    List<Party> parties = new ArrayList<>();
    for (Conjunct c : phrase.conjuncts()) {
      Party p = party(c);
      parties.add(c.counterpart() && of != null ? p.withTitles(of.titles()) : p);
    }
    return parties;
  }

  /**
   * The person a relative clause set off by a comma is about (فيسنا بوسيتش ...، التي تزور مصر): the name phrase
   * that ends right before the comma; or null.
   */
  private Party relativeAntecedent(int v) {
    if (v < 3 || !view.is(v - 1, WordClass.RELATIVE) || !view.isComma(v - 2)) {
      return null;
    }
    Party found = null;
    for (int k = Math.max(0, v - 30); k < v - 2; ) {
      Phrase p = phrases.at(k, Set.of("", "و"));
      if (p == null || p.isPair() || p.last() >= v - 2) {
        k++;
        continue;
      }
      found = p.last() == v - 3 ? party(p.conjuncts().get(p.conjuncts().size() - 1)) : null;
      k = p.last() + 1;
    }
    return found != null && found.isPerson() ? found : null;
  }

  /** Whether a relative pronoun, complementizer or hope stands in [from, to): a verb after it has its own subject. */
  private boolean subordinate(int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (view.is(k, WordClass.RELATIVE) || view.is(k, WordClass.COMPLEMENTIZER) || view.is(k, WordClass.UNREAL)) {
        return true;
      }
    }
    return false;
  }

  /** The person named right after the verb that opens the sentence (تقوم الوزيرة فدريكا موغريني ...), or null. */
  private Party leadingActor() {
    int k = 0;
    while (k < view.size && (view.is(k, WordClass.BOUNDARY) || view.isPunctuation(k))) {
      k++;
    }
    if (k >= view.size || !isVerbLike(k)) {
      return null;
    }
    Phrase p = phrases.at(skipAdverbs(k + 1, view.size), Phrases.NONE);
    if (p == null || p.isPair() || p.conjuncts().size() != 1) {
      return null;
    }
    Party party = party(p.conjuncts().get(0));
    return party.isPerson() ? party : null;
  }

  /** A trigger verb, or an unknown word in the third person past or present (ي/ت + ... or a bare word). */
  private boolean isVerbLike(int k) {
    return verbAt[k] || (view.tokens.get(k).isWord() && view.mentionAt(k) == null && !view.norm(k).startsWith("ال")
        && !view.is(k, WordClass.PREPOSITION));
  }

  /** The party named last before token n in the sentence (زيارته → who the pronoun refers to), or null. */
  private Party nearestBefore(int n) {
    Party nearest = null;
    for (int k = afterDateline(); k < n; ) {
      Phrase p = phrases.at(k, Set.of("", "و", "ب", "ل"));
      if (p == null || p.isPair() || p.last() >= n) {
        k++;
        continue;
      }
      nearest = party(p.conjuncts().get(p.conjuncts().size() - 1));
      k = p.last() + 1;
    }
    return nearest;
  }

  /** The first token after a dateline that ends in a colon (واس – جدة:), else 0. */
  private int afterDateline() {
    for (int k = 0; k < Math.min(view.size, 6); k++) {
      if (view.tokens.get(k).surface().equals(":")) {
        return k + 1;
      }
    }
    return 0;
  }

  private Party party(Conjunct c) {
    return titled(Party.of(c), c);
  }

  /**
   * A party named by a title alone stands for the whole office with its complement (رئيس وزراء اليابان rather
   * than رئيس), so that its surface says who it is.
   */
  private Party titled(Party party, Conjunct c) {
    Entity head = party.entity();
    boolean alias = head.type() == EntityType.PER && isAliasOfTitle(c);
    if (head.type() != EntityType.TITLE && !alias || "counterpart".equals(head.source())) {
      return party;
    }
    for (Mention m : c.units()) {
      if (m.kind() == Mention.Kind.NAME) {
        return party;
      }
    }
    int end = c.units().get(c.units().size() - 1).entity().end();
    for (Entity title : titlePhrases.of(c)) {
      if (title.start() == head.start()) {
        end = Math.max(end, title.end());
      }
    }
    end = afterNisbas(end);
    int start = Math.min(head.start(), c.units().get(0).entity().start());
    if (end <= head.end() && start >= head.start()) {
      return party;
    }
    String surface = view.text.substring(start, end);
    String normalized = Words.normalize(surface);
    Entity whole = new Entity(alias ? EntityType.PER : EntityType.TITLE, start, end, surface, normalized,
        alias ? head.canonicalKey() : normalized, head.source(), head.confidence(), head.sentenceIndex());
    return new Party(whole, party.titles(), party.countries());
  }

  /**
   * The end of up to two untagged relative adjectives right after offset {@code end} (المبعوث الأممي، رئيس جمهورية
   * كوريا الجنوبية): they complete a title the recognizer cut short. Else {@code end}.
   */
  private int afterNisbas(int end) {
    int k = 0;
    while (k < view.size && view.tokens.get(k).start() < end) {
      k++;
    }
    int stop = end;
    for (int j = k; j < Math.min(view.size, k + 2); j++) {
      String norm = view.norm(j);
      boolean nisba = norm.startsWith("ال") && norm.length() > 4 && (norm.endsWith("ي") || norm.endsWith("يه"));
      if (!view.tokens.get(j).isWord() || !nisba || view.mentionAt(j) != null || verbAt[j]
          || !view.wordsAt(j).isEmpty()) {
        break;
      }
      stop = view.tokens.get(j).end();
    }
    return stop;
  }

  /** The subject of the sentence's main clause, for a verbal noun without a pronoun subject. */
  private Party sentenceSubject(int before) {
    int start = afterDateline();
    int limit = Math.min(before, start + 4);
    for (int k = start; k < limit; k++) {
      if (k > 0 && view.is(k - 1, WordClass.PREPOSITION)) {
        continue;
      }
      Phrase p = phrases.at(k, Phrases.NONE_OR_WAW);
      if (p != null && !p.isPair() && p.last() < before) {
        return party(p.conjuncts().get(0));
      }
    }
    return null;
  }

  // ---- writing

  private boolean write(Event e, double factor) {
    double confidence = e.rule.confidence() * factor * howFactor(e.how);
    if (e.pronounObject) {
      confidence *= 0.7;
    }
    if (e.nestedObject) {
      confidence *= 0.85;
    }
    boolean cancelled = cancelled(e);
    Polarity polarity = cancelled ? Polarity.NEGATIVE : polarity(e.verb);
    Modality modality = cancelled ? Modality.PLANNED
        : e.how.equals("purpose") && lastModality != null ? lastModality : modality(e);
    boolean planned = modality == Modality.PLANNED;
    int windowStart = e.subjectPhrase != null ? Math.min(e.subjectPhrase.first(), e.verb) : e.verb;
    String date = EventDates.find(view, windowStart, e.clauseEnd, published, planned);
    String location = location(e);
    boolean wrote = false;
    List<Party[]> pairs = new ArrayList<>();
    if (!e.objects.isEmpty()) {
      for (Party s : e.subjects) {
        for (Party o : e.objects) {
          pairs.add(e.rule.reverse() ? new Party[] {o, s} : new Party[] {s, o});
        }
      }
      if (e.rule.relation().symmetric() && trilateral(e)) {
        for (List<Party> side : List.of(e.subjects, e.objects)) {
          for (int a = 0; a < side.size(); a++) {
            for (int b = a + 1; b < side.size(); b++) {
              pairs.add(new Party[] {side.get(a), side.get(b)});
            }
          }
        }
      }
    } else {
      for (int a = 0; a < e.subjects.size(); a++) {
        for (int b = a + 1; b < e.subjects.size(); b++) {
          pairs.add(new Party[] {e.subjects.get(a), e.subjects.get(b)});
        }
      }
    }
    for (Party[] pair : pairs) {
      if (pair[0].sameAs(pair[1])) {
        continue;
      }
      String cameo = e.rule.cameoCode();
      out.add(new Triple(view.sentence.index(), pair[0].entity(), e.rule.relation(), cameo, e.predicateStart,
          e.predicateEnd, pair[1].entity(), round(confidence), e.rule.id() + "." + e.how, plover.category(cameo),
          location, date, polarity, modality));
      wrote = true;
      lastEvent = pair;
      lastEventVerb = e.verb;
      lastModality = modality;
      if (!e.background) {
        discourse.event(e.rule.reverse() ? pair[1] : pair[0], e.rule.reverse() ? pair[0] : pair[1]);
      }
    }
    return wrote;
  }

  /** Whether the event's noun says the meeting had three or more parties (اجتماعا ثلاثيا). */
  private boolean trilateral(Event e) {
    for (int k = e.verb; k < Math.min(e.clauseEnd, e.verb + MAX_NOUN_DISTANCE); k++) {
      if (view.is(k, WordClass.TRILATERAL) && k > 0 && triggers.isNoun(view.norm(k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static double howFactor(String how) {
    switch (how) {
      case "svo":
      case "vso":
        return 1.0;
      case "pair":
        return 0.9;
      case "dual":
        return 0.85;
      case "nominal":
      case "inverted":
      case "sides":
        return 1.0;
      case "relative":
        return 0.8;
      default:
        return 0.6;
    }
  }

  private static double round(double confidence) {
    return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
  }

  /** Whether the clause says the event was put off or called off (زيارة الوزير لتركيا أُجلت، تأجيل الزيارة). */
  private boolean cancelled(Event e) {
    for (int k = Math.max(0, e.verb - 2); k < Math.min(view.size, e.clauseEnd + 2); k++) {
      if (view.is(k, WordClass.CANCELLED)) {
        return true;
      }
    }
    return false;
  }

  private Polarity polarity(int v) {
    int k = v - 1;
    while (k >= 0 && view.is(k, WordClass.AUXILIARY) && !isKana(k)) {
      k--;
    }
    if (k >= 0 && view.is(k, WordClass.NEGATION)) {
      return Polarity.NEGATIVE;
    }
    for (int d = v - 1; d >= 0 && !view.isClauseStop(d); d--) {
      if (view.is(d, WordClass.DENIAL)) {
        for (int c = d + 1; c < v; c++) {
          if (view.is(c, WordClass.COMPLEMENTIZER)) {
            return Polarity.NEGATIVE;
          }
        }
      }
    }
    return Polarity.POSITIVE;
  }

  private Modality modality(Event e) {
    int v = e.verb;
    if (e.future) {
      return Modality.PLANNED;
    }
    for (int k = Math.max(0, v - 6); k < v; k++) {
      if (view.is(k, WordClass.PLANNED)) {
        return Modality.PLANNED;
      }
    }
    if (e.present) {
      for (int k = v + 1; k < e.clauseEnd; k++) {
        if (view.is(k, WordClass.FUTURE)) {
          return Modality.PLANNED;
        }
      }
    }
    for (int r = v - 1; r >= 0 && !view.isClauseStop(r); r--) {
      if (view.is(r, WordClass.REPORTING)) {
        for (int c = r + 1; c < v; c++) {
          if (view.is(c, WordClass.COMPLEMENTIZER)) {
            return Modality.REPORTED;
          }
        }
      }
    }
    return Modality.ASSERTED;
  }

  /**
   * Where the event took place: a place phrase (في or بـ) between the verb and the object, or right after the
   * object; for an event without an object, one that comes before the first other word after the verb and its
   * subject (بحثا في الرياض أمس سبل ... , not بحثا الأوضاع في اليمن). The place is the last city or country the
   * phrase names, else the phrase's words when it names a building or seat (في قصر السلام).
   */
  private String location(Event e) {
    if (e.how.equals("purpose")) {
      return null; // the place after a purpose (لمناقشة النزاع في سوريا) is its topic
    }
    if (e.objectPhrase != null) {
      String place = placeIn(e.verb + 1, e.objectPhrase.first(), e.objectPhrase.first(), e);
      if (place != null) {
        return place;
      }
      int k = e.objectPhrase.last() + 1;
      while (k < e.clauseEnd && (view.isComma(k) || view.is(k, WordClass.ADVERB) || view.is(k, WordClass.DAY))) {
        k++;
      }
      return placeIn(k, Math.min(e.clauseEnd, k + 1), e.clauseEnd, e);
    }
    int k = e.subjectPhrase != null && e.subjectPhrase.first() > e.verb ? e.subjectPhrase.last() + 1 : e.verb + 1;
    while (k < e.clauseEnd && (view.isPunctuation(k) || view.is(k, WordClass.ADVERB) || view.is(k, WordClass.DAY)
        || view.is(k, WordClass.WEEKDAY))) {
      k++;
    }
    return placeIn(k, Math.min(e.clauseEnd, k + 1), e.clauseEnd, e);
  }

  /** The place named by a place phrase starting in [from, to) and ending before {@code limit}. */
  private String placeIn(int from, int to, int limit, Event e) {
    for (int k = from; k < to; k++) {
      if (insideSubject(e, k)) {
        continue;
      }
      String norm = view.norm(k);
      Mention here = view.mentionAt(k);
      boolean opens = norm.equals("في") || (norm.startsWith("ب") && norm.length() > 2
          && (here != null && here.clitic().equals("ب") || norm.startsWith("بال") || isPlaceNoun(k, "ب")));
      if (!opens) {
        continue;
      }
      Entity city = null;
      boolean seat = false;
      int first = norm.equals("في") ? k + 1 : k;
      int last = -1;
      for (int j = k; j < limit && j < k + MAX_PLACE_WORDS; j++) {
        if (j > k && (view.isPunctuation(j) || view.is(j, WordClass.ADVERB) || view.is(j, WordClass.DAY)
            || view.is(j, WordClass.WEEKDAY) || view.norm(j).equals("مع") || view.norm(j).equals("في"))) {
          break;
        }
        Mention m = view.mentionAt(j);
        if (m != null && (m.entity().type() == EntityType.GPE
            || (m.entity().type() == EntityType.LOC && city == null))) {
          city = m.entity();
        }
        seat |= isPlaceNoun(j, "") || isPlaceNoun(j, "ب") || (m != null && (m.entity().type() == EntityType.LOC
            || m.entity().type() == EntityType.ORG));
        last = j;
      }
      if (city != null && Conjunct.isCountry(city) && seat) {
        city = null;
      }
      if (city != null) {
        return city.surface();
      }
      if (seat && last >= first) {
        int start = view.tokens.get(first).start();
        if (first == k && norm.startsWith("ب")) {
          start++;
        }
        return view.text.substring(start, view.tokens.get(last).end());
      }
    }
    return null;
  }

  private boolean isPlaceNoun(int k, String clitic) {
    String norm = view.norm(k);
    if (!norm.startsWith(clitic) || norm.length() <= clitic.length() + 1) {
      return false;
    }
    for (Words.Entry e : words.startingWith(norm.substring(clitic.length()))) {
      if (e.wordClass() == WordClass.PLACE_NOUN && e.length() == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideSubject(Event e, int k) {
    return e.subjectPhrase != null && k >= e.subjectPhrase.first() && k <= e.subjectPhrase.last();
  }

  // ---- facts

  /**
   * holds_title from a name with its titles (الرئيس الروسي فلاديمير بوتين، عادل الجبير وزير الخارجية), ranks
   * and honorifics left out (الأمير، صاحب السمو الملكي); affiliated_with from the nationality or country in the
   * same phrase (نظيره الروسي سيرغي لافروف → روسيا); an organisation with one nationality (وزارة الخارجية
   * المغربية) is affiliated with that country, one with two (البنك السعودي البريطاني) with neither.
   */
  private void facts() {
    Set<String> clitics = Set.of("", "و", "ب", "ل");
    for (int i = 0; i < view.size; ) {
      Phrase p = phrases.at(i, clitics);
      if (p == null || p.isPair()) {
        i++;
        continue;
      }
      for (Conjunct c : p.conjuncts()) {
        facts(c);
      }
      i = p.last() + 1;
    }
  }

  private void facts(Conjunct c) {
    Entity head = c.head();
    boolean person = head.type() == EntityType.PER && !isAliasOfTitle(c);
    if (person) {
      for (Entity title : titlePhrases.of(c)) {
        String rule = title.start() < head.start() ? "holds_title.title_name" : "holds_title.name_title";
        double confidence = title.start() < head.start() ? 0.85 : 0.8;
        fact(head, Relation.HOLDS_TITLE, title, confidence, rule);
      }
    }
    organisationsInThePhrase(c);
    if (person || head.type() == EntityType.ORG) {
      Set<String> seen = new HashSet<>();
      List<Entity> countries = c.countries();
      if (!person) {
        countries = new ArrayList<>(countries);
        countries.addAll(nationalitiesInside(head));
      }
      if (!person && countries.stream().map(Entity::canonicalKey).distinct().count() > 1) {
        return;
      }
      for (Entity country : countries) {
        if (country.canonicalKey() != null && seen.add(country.canonicalKey())
            && !country.canonicalKey().equals(head.canonicalKey())) {
          String rule = !person ? "affiliated_with.organisation"
              : c.counterpart() ? "affiliated_with.counterpart" : "affiliated_with.title";
          fact(head, Relation.AFFILIATED_WITH, country, person ? 0.85 : 0.7, rule);
        }
      }
    }
  }

  /**
   * The nationality adjectives the recognizer kept inside an organisation's mention (وزارة الخارجية الأردنية as one
   * mention), found with the entity gazetteer, each as a NORP over its word.
   */
  private List<Entity> nationalitiesInside(Entity organisation) {
    List<Entity> found = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.shared();
    for (int k = 0; k < view.size; k++) {
      Token t = view.tokens.get(k);
      if (t.start() < organisation.start() || t.end() > organisation.end() || t.start() == organisation.start()
          || !t.isWord()) {
        continue;
      }
      Gazetteer.Match m = gazetteer.longestAt(List.of(gazetteer.fold(t.norm())), 0);
      if (m != null && m.entry().kind() == Gazetteer.Kind.NATIONALITY && m.entry().key() != null) {
        String surface = view.text.substring(t.start(), t.end());
        found.add(new Entity(EntityType.NORP, t.start(), t.end(), surface, Words.normalize(surface), m.entry().key(),
            "gazetteer", organisation.confidence(), view.sentence.index()));
      }
    }
    return found;
  }

  /** An organisation inside a person's phrase with the nationality right after it (رئيس حزب القوات اللبناني). */
  private void organisationsInThePhrase(Conjunct c) {
    List<Mention> units = c.units();
    for (int u = 0; u + 1 < units.size(); u++) {
      Mention org = units.get(u);
      Mention next = units.get(u + 1);
      if (org.entity() != c.head() && org.kind() == Mention.Kind.ORG && next.kind() == Mention.Kind.NORP
          && next.first() == org.last() + 1 && next.entity().canonicalKey() != null) {
        fact(org.entity(), Relation.AFFILIATED_WITH, next.entity(), 0.7, "affiliated_with.organisation");
      }
    }
  }

  private static boolean isAliasOfTitle(Conjunct c) {
    for (Mention m : c.units()) {
      if (m.entity() == c.head()) {
        return m.titleAlias();
      }
    }
    return false;
  }

  private void fact(Entity subject, Relation relation, Entity object, double confidence, String rule) {
    out.add(new Triple(view.sentence.index(), subject, relation, null, object.start(), object.end(), object,
        confidence, rule, null, null, null, Polarity.POSITIVE, Modality.ASSERTED));
  }
}
