package org.arabicnews.triples.text;

import static org.arabicnews.triples.text.ArabicChars.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Light, conservative clitic analysis of one Arabic word: proclitics (conjunction و ف, then preposition
 * ب ل ك or future س, then article ال, written لل after ل) and one pronoun enclitic (ه ها هما هم هن ك كما كم
 * نا ي), split off the word's {@code match} form.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Words of the closed whole-word list (إلى, الذي, الآن, لكن, هذه, كان, التقى: function words and
 *       words whose first letters only look like clitics), matched as written, are never split.
 *   <li>Every split the morphology allows is a candidate. Not allowed: a stem under two letters (three
 *       after س); س before anything but an imperfect prefix (ي ت ن ا); an enclitic after the article; an
 *       article whose alef bears hamza (أل begins ألمانيا itself); ي as enclitic where the word ends in ى, ه
 *       where it ends in ة, any enclitic after ة or ى; ها, نا or ال as a stem; هم هما هن as a stem after a
 *       preposition (لهم stays whole, وهم splits); a stem that itself starts with the article, unless it is
 *       listed.
 *   <li>A candidate whose stem is listed (a name of at least four letters: countries, capitals,
 *       nationalities, titles, ANERGazet persons, places and organisations, article removed; or a word of
 *       the whole-word list) beats every unlisted one: للبنان is ل + لبنان, not لل + بنان.
 *   <li>Otherwise each candidate scores {@code prior(proclitic) × prior(enclitic) × (attestation + ½)},
 *       where attestation counts the stem in the other word forms of a news lexicon, plus {@value
 *       #IN_DOCUMENT} when the stem occurs on its own in the same document. A split without the article
 *       needs an attestation of {@value #MIN_ATTESTED} ({@value #MIN_ATTESTED_TWO_LETTERS} for a two-letter
 *       stem). A pronoun split gains ×{@value #NEVER_DEFINITE} when the unsplit form never follows the
 *       article (النظيره does not occur, so نظيره is نظير + ه) and loses ×10 when it does (الوزاره).
 *   <li>The unsplit word scores the same way, ×{@value #UNSPLIT_ARTICLE_WORD} when the article could be
 *       split off with three letters or more behind it, and wins ties. So وزير stays whole (زير is
 *       attested nowhere) while لموسكو splits.
 * </ol>
 *
 * <p>The priors make ي and ك rare enclitics: in news, final ي is a nisba or dual ending far more often
 * than "my". The lexicon resources of this package are built by {@code
 * org.arabicnews.triples.eval.BuildTextLexicons} and loaded once; the document-independent part of each
 * word's analysis is memoized per surface form, for at most {@value #MAX_CACHED} forms.
 */
public final class CliticAnalyzer {
  /** A word split as {@code proclitic + stem + enclitic} (match forms; the clitics may be empty). */
  public record Analysis(String proclitic, String stem, String enclitic) {}

  static final String WORD_COUNTS = "clitic-word-counts.tsv";
  static final String NAMES = "clitic-names.txt";
  static final String WHOLE_WORDS = "clitic-whole-words.txt";

  private static final double SMOOTHING = 0.5;
  /** Attestation credited to a listed stem, whatever the counts. */
  private static final double LISTED = 1000;
  private static final int MAX_CACHED = 200_000;
  private static final int HEADER = 2;
  private static final int FIELDS = 4;
  private static final int LISTED_FLAG = 1 << 16;
  /** Attestation credited to a stem that occurs on its own in the same document. */
  private static final double IN_DOCUMENT = 20;
  /** Attestation a stem needs before a split without the article is considered (rarer stems are noise). */
  private static final int MIN_ATTESTED = 5;
  /** A two-letter stem is a short word that other forms easily fake (بينا, نوه): it needs more. */
  private static final int MIN_ATTESTED_TWO_LETTERS = 50;
  /** How much an enclitic split gains when the unsplit form never takes the article, or loses when it does. */
  private static final double NEVER_DEFINITE = 10;
  private static final double DEFINITE = 0.1;
  /** Never a stem: pronoun suffixes that are no word on their own (بها, لنا stay whole) and the article. */
  private static final Set<String> NOT_STEMS = Set.of("ها", "نا", "ال");
  /** Pronouns that are a stem after و or ف (وهم) but a suffix after a preposition (لهم stays whole). */
  private static final Set<String> PRONOUNS = Set.of("هم", "هما", "هن");
  /** Prior of the unsplit word when the article could be split off with three letters or more behind it. */
  private static final double UNSPLIT_ARTICLE_WORD = 0.1;

  private static final String ARTICLE = "ال";
  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final double[] CONJUNCTION_PRIOR = {1, 0.5, 0.15};
  private static final String[] PARTICLES = {"", "ب", "ل", "ك", "س"};
  private static final double[] PARTICLE_PRIOR = {1, 0.4, 0.4, 0.15, 0.2};
  private static final double ARTICLE_PRIOR = 0.8;
  private static final String[] ENCLITICS = {"", "ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "نا", "ي"};
  private static final double[] ENCLITIC_PRIOR = {1, 0.25, 0.25, 0.1, 0.2, 0.05, 0.02, 0.01, 0.03, 0.1, 0.0002};

  private static final int KAF_ENCLITIC = 6;
  private static final int YEH_ENCLITIC = 10;
  private static final Proclitic[] PROCLITICS = proclitics();

  /** One proclitic sequence and what its parts say about the stem. */
  private record Proclitic(String text, double prior, boolean article, boolean future, boolean particle,
      int articleAlef) {}

  private static final class Standard {
    static final CliticAnalyzer INSTANCE = load();
  }

  /** {@link #computeCandidates} by surface form. */
  private final ConcurrentHashMap<String, double[]> cache = new ConcurrentHashMap<>();
  private final CharTable evidence;
  private final CharTable occurrences;
  /** Occurrences of each form behind the article: how often it is a definite noun by itself. */
  private final CharTable definite;
  private final CharTable names;
  private final CharTable functionWords;
  private final CharTable functionStemsBeforeSuffix;

  private CliticAnalyzer(Map<String, Integer> wordCounts, List<String> nameList, List<String> functionWordList) {
    ArabicNormalizer match = ArabicNormalizer.match();
    names = new CharTable(nameList.size());
    for (String name : nameList) {
      names.add(match.normalizeToString(name), 1);
    }
    functionWords = new CharTable(functionWordList.size() * 2);
    functionStemsBeforeSuffix = new CharTable(functionWordList.size() * 2);
    for (String word : functionWordList) {
      for (String variant : List.of(word, withoutHamzaOnAlef(word))) {
        functionWords.add(variant, 1);
        functionStemsBeforeSuffix.add(variant.endsWith("ى") ? variant.substring(0, variant.length() - 1) + "ي"
            : variant, 1);
      }
    }
    occurrences = new CharTable(wordCounts.size());
    evidence = new CharTable(wordCounts.size() * 2);
    definite = new CharTable(wordCounts.size());
    wordCounts.forEach((raw, count) -> {
      String norm = match.normalizeToString(raw);
      if (norm.length() != raw.length()) {
        return;
      }
      occurrences.add(norm, count);
      if (isListed(norm, raw)) {
        evidence.add(norm, count); // a name or function word is only ever itself
        return;
      }
      forEachCandidate(norm, raw, (stemStart, stemEnd) -> evidence.add(norm.substring(stemStart, stemEnd), count));
      for (Proclitic p : PROCLITICS) {
        if (p.article && norm.startsWith(p.text) && valid(norm, raw, p, "")) {
          definite.add(norm.substring(p.text.length()), count);
        }
      }
    });
  }

  /** The analyzer over this package's lexicon resources. */
  public static CliticAnalyzer standard() {
    return Standard.INSTANCE;
  }

  /**
   * Splits {@code norm}, the match form of a word. {@code raw} is the word's letters as written (hamza,
   * ى and ة kept), one per char of {@code norm}, or null when they do not line up (ligatures).
   */
  public Analysis analyze(String norm, String raw) {
    return analyze(norm, raw, null);
  }

  /** As {@link #analyze(String, String)}, with the words of the same document as extra evidence. */
  Analysis analyze(String norm, String raw, CharTable documentWords) {
    return norm.length() < 3 ? new Analysis("", norm, "") : choose(norm, computeCandidates(norm, raw), documentWords);
  }

  /**
   * The analysis of a word given by its surface (letters as written plus any marks), memoized per surface:
   * news vocabulary repeats, so most words cost one lookup.
   */
  Analysis analyzeSurface(String surface, String norm, CharTable documentWords) {
    if (norm.length() < 3) {
      return new Analysis("", norm, "");
    }
    double[] candidates = cache.get(surface);
    if (candidates == null) {
      candidates = computeCandidates(norm, Tokenizer.lettersAsWritten(surface, norm.length()));
      if (cache.size() < MAX_CACHED) {
        cache.putIfAbsent(surface, candidates);
      }
    }
    return choose(norm, candidates, documentWords);
  }

  private Analysis choose(String norm, double[] candidates, CharTable documentWords) {
    int n = norm.length();
    double best = -1;
    int bestMeta = -1;
    boolean bestListed = false;
    for (int k = HEADER; k < candidates.length; k += FIELDS) {
      int meta = (int) candidates[k];
      Proclitic p = PROCLITICS[meta & 0xFF];
      int stemStart = p.text.length();
      int stemEnd = n - ENCLITICS[(meta >>> 8) & 0xFF].length();
      boolean listed = (meta & LISTED_FLAG) != 0;
      double attested = candidates[k + 1];
      if (documentWords != null && documentWords.get((int) candidates[k + 3], norm, stemStart, stemEnd) > 0) {
        attested += IN_DOCUMENT;
      }
      if (!p.article && !listed
          && attested < (stemEnd - stemStart == 2 ? MIN_ATTESTED_TWO_LETTERS : MIN_ATTESTED)) {
        continue;
      }
      double score = candidates[k + 2] * (attested + SMOOTHING);
      if ((listed && !bestListed) || (listed == bestListed && score > best)) {
        best = score;
        bestMeta = meta;
        bestListed = listed;
      }
    }
    double unsplit = candidates[0];
    boolean unsplitListed = (((int) candidates[1]) & 1) != 0;
    boolean anyListed = (((int) candidates[1]) & 2) != 0;
    if (bestMeta < 0 || (anyListed && !bestListed) || (unsplit >= 0 && bestListed == unsplitListed && unsplit >= best)) {
      return new Analysis("", norm, "");
    }
    Proclitic p = PROCLITICS[bestMeta & 0xFF];
    String enclitic = ENCLITICS[(bestMeta >>> 8) & 0xFF];
    return new Analysis(p.text, norm.substring(p.text.length(), n - enclitic.length()), enclitic);
  }

  /**
   * The part of a word's analysis that does not depend on its document: the admissible splits with the
   * lexicon's attestation of their stems.
   */
  /**
   * Packed in one array, so that a memoized word costs one memory fetch: {@code [unsplit score or -1,
   * flags (1: unsplit word listed, 2: some stem listed)]}, then per split {@code [proclitic index | enclitic
   * index << 8 | listed flag, attestation, prior weight, stem hash]}.
   */
  private double[] computeCandidates(String norm, String raw) {
    int n = norm.length();
    if (isFunctionWord(norm, raw, 0, n, false)) {
      return new double[] {-1, 0};
    }
    double[] c = new double[HEADER + 4 * FIELDS];
    int size = HEADER;
    double ownCount = occurrences.get(norm, 0, n);
    boolean unsplitAllowed = allowedStem(norm, raw, 0, n, false);
    boolean unsplitListed = unsplitAllowed && isListedStem(norm, raw, 0, n, false);
    boolean anyListed = unsplitListed;
    boolean articleSplitPossible = false;
    for (int pi = 0; pi < PROCLITICS.length; pi++) {
      Proclitic p = PROCLITICS[pi];
      if (!norm.startsWith(p.text)) {
        continue;
      }
      for (int e = 0; e < ENCLITICS.length; e++) {
        if (!valid(norm, raw, p, ENCLITICS[e])) {
          continue;
        }
        int stemStart = p.text.length();
        int stemEnd = n - ENCLITICS[e].length();
        articleSplitPossible |= p.article && stemEnd - stemStart >= 3;
        boolean listed = e != KAF_ENCLITIC && e != YEH_ENCLITIC && isListedStem(norm, raw, stemStart, stemEnd, e > 0);
        double weight = p.prior * ENCLITIC_PRIOR[e];
        if (e > 0 && e != KAF_ENCLITIC && e != YEH_ENCLITIC) {
          // Only a noun without its pronoun takes the article: النظيره never occurs, so نظيره is نظير + ه.
          weight *= definite.get(norm, stemStart, n) > 0 ? DEFINITE : NEVER_DEFINITE;
        }
        if (size == c.length) {
          c = Arrays.copyOf(c, c.length * 2);
        }
        c[size] = pi | e << 8 | (listed ? LISTED_FLAG : 0);
        c[size + 1] = attested(norm, raw, stemStart, stemEnd, e > 0, ownCount);
        c[size + 2] = weight;
        c[size + 3] = CharTable.hash(norm, stemStart, stemEnd);
        size += FIELDS;
        anyListed |= listed;
      }
    }
    c[0] = !unsplitAllowed ? -1 : (articleSplitPossible ? UNSPLIT_ARTICLE_WORD : 1)
        * (attested(norm, raw, 0, n, false, ownCount) + SMOOTHING);
    c[1] = (unsplitListed ? 1 : 0) | (anyListed ? 2 : 0);
    return Arrays.copyOf(c, size);
  }

  private boolean isListedStem(String norm, String raw, int from, int to, boolean beforeSuffix) {
    return names.get(norm, from, to) > 0 || isFunctionWord(norm, raw, from, to, beforeSuffix);
  }

  /** How often {@code norm[from, to)} is the stem of other word forms; names and function words are attested. */
  private double attested(String norm, String raw, int from, int to, boolean beforeSuffix, double ownCount) {
    double others = Math.max(0, evidence.get(norm, from, to) - ownCount);
    return isListedStem(norm, raw, from, to, beforeSuffix) ? Math.max(LISTED, others) : others;
  }

  /** Calls {@code stem} with the stem offsets of every split the morphology allows, unsplit included. */
  private void forEachCandidate(String norm, String raw, BiConsumer<Integer, Integer> stem) {
    if (allowedStem(norm, raw, 0, norm.length(), false)) {
      stem.accept(0, norm.length());
    }
    for (Proclitic p : PROCLITICS) {
      if (!norm.startsWith(p.text)) {
        continue;
      }
      for (String enclitic : ENCLITICS) {
        if (valid(norm, raw, p, enclitic)) {
          stem.accept(p.text.length(), norm.length() - enclitic.length());
        }
      }
    }
  }

  /** Whether the morphology allows {@code p + stem + enclitic}, at least one of them non-empty. */
  private boolean valid(String norm, String raw, Proclitic p, String enclitic) {
    if (p.text.isEmpty() && enclitic.isEmpty()) {
      return false;
    }
    int stemStart = p.text.length();
    int stemEnd = norm.length() - enclitic.length();
    if (!norm.endsWith(enclitic) || stemEnd - stemStart < (p.future ? 3 : 2)) {
      return false;
    }
    if (p.article && !enclitic.isEmpty()) {
      return false;
    }
    if (p.future && "يتنا".indexOf(norm.charAt(stemStart)) < 0) {
      return false;
    }
    if (stemEnd - stemStart <= 3) {
      String stem = norm.substring(stemStart, stemEnd);
      if (NOT_STEMS.contains(stem) || (p.particle && PRONOUNS.contains(stem))) {
        return false;
      }
    }
    if (raw != null) {
      if (p.articleAlef >= 0 && raw.charAt(p.articleAlef) != ALEF && raw.charAt(p.articleAlef) != ALEF_WASLA) {
        return false;
      }
      char last = raw.charAt(raw.length() - 1);
      if ((enclitic.equals("ي") && last != YEH) || (enclitic.equals("ه") && last != HEH)) {
        return false;
      }
      if (!enclitic.isEmpty() && (raw.charAt(stemEnd - 1) == TEH_MARBUTA || raw.charAt(stemEnd - 1) == ALEF_MAKSURA)) {
        return false;
      }
    }
    return allowedStem(norm, raw, stemStart, stemEnd, !enclitic.isEmpty());
  }

  private boolean isListed(String norm, String raw) {
    return names.get(norm, 0, norm.length()) > 0 || isFunctionWord(norm, raw, 0, norm.length(), false);
  }

  /** A stem may not start with the article (that is a proclitic), unless it is a listed name or function word. */
  private boolean allowedStem(String norm, String raw, int from, int to, boolean beforeSuffix) {
    return !startsWithArticle(norm, raw, from) || names.get(norm, from, to) > 0
        || isFunctionWord(norm, raw, from, to, beforeSuffix);
  }

  /** Whether {@code norm[from..]} starts with the article, ال with a bare alef or لل, and two letters more. */
  private static boolean startsWithArticle(String norm, String raw, int from) {
    if (norm.length() - from < 4) {
      return false;
    }
    if (norm.startsWith("لل", from)) {
      return true;
    }
    return norm.startsWith(ARTICLE, from) && (raw == null || raw.charAt(from) == ALEF || raw.charAt(from) == ALEF_WASLA);
  }

  private boolean isFunctionWord(String norm, String raw, int from, int to, boolean beforeSuffix) {
    CharTable table = beforeSuffix ? functionStemsBeforeSuffix : functionWords;
    return raw != null ? table.get(raw, from, to) > 0 : table.getFolded(norm, from, to);
  }

  private static String withoutHamzaOnAlef(String word) {
    return word.replace(ALEF_WITH_HAMZA_ABOVE, ALEF).replace(ALEF_WITH_HAMZA_BELOW, ALEF)
        .replace(ALEF_WITH_MADDA_ABOVE, ALEF);
  }

  private static Proclitic[] proclitics() {
    List<Proclitic> all = new ArrayList<>();
    for (int c = 0; c < CONJUNCTIONS.length; c++) {
      for (int p = 0; p < PARTICLES.length; p++) {
        for (boolean article : new boolean[] {false, true}) {
          String particle = PARTICLES[p];
          if (article && particle.equals("س")) {
            continue;
          }
          String prefix = CONJUNCTIONS[c] + particle;
          String text = !article ? prefix : particle.equals("ل") ? prefix + "ل" : prefix + ARTICLE;
          int articleAlef = article && !particle.equals("ل") ? prefix.length() : -1;
          double prior = CONJUNCTION_PRIOR[c] * PARTICLE_PRIOR[p] * (article ? ARTICLE_PRIOR : 1);
          all.add(new Proclitic(text, prior, article, particle.equals("س"), "بلك".contains(particle) && !particle.isEmpty(),
              articleAlef));
        }
      }
    }
    return all.toArray(new Proclitic[0]);
  }

  private static CliticAnalyzer load() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String line : resourceLines(WORD_COUNTS)) {
      int tab = line.indexOf('\t');
      counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
    }
    return new CliticAnalyzer(counts, resourceLines(NAMES), resourceLines(WHOLE_WORDS));
  }

  /** The non-blank, non-comment lines of a resource of this package. */
  static List<String> resourceLines(String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = CliticAnalyzer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Open-addressing map from strings to counts, looked up by a range of a string without allocating. */
  static final class CharTable {
    private String[] keys;
    private int[] values;
    private int size;
    /** One bit per hash bucket of 4,096: a clear bit answers "absent" without probing (small tables). */
    private final long[] seen = new long[64];

    CharTable(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) * 2;
      keys = new String[capacity];
      values = new int[capacity];
    }

    void add(String key, int value) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int hash = key.hashCode();
      seen[(hash >>> 6) & 63] |= 1L << (hash & 63);
      int mask = keys.length - 1;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        keys[slot] = key;
        size++;
      }
      values[slot] += value;
    }

    int get(String text, int from, int to) {
      return get(hash(text, from, to), text, from, to);
    }

    /** As {@link #get(String, int, int)}, given {@code hash(text, from, to)}. */
    int get(int hash, String text, int from, int to) {
      if ((seen[(hash >>> 6) & 63] & (1L << (hash & 63))) == 0) {
        return 0;
      }
      int slot = slot(hash, text, from, to);
      return keys[slot] == null ? 0 : values[slot];
    }

    /** The hash of {@code text[from, to)}: {@link String#hashCode()} of that substring. */
    static int hash(String text, int from, int to) {
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + text.charAt(i);
      }
      return hash;
    }

    /** Whether some key folds (under match) to {@code text[from, to)}: for words whose letters are unknown. */
    boolean getFolded(String text, int from, int to) {
      ArabicNormalizer match = ArabicNormalizer.match();
      String wanted = text.substring(from, to);
      for (String key : keys) {
        if (key != null && key.length() == wanted.length() && match.normalizeToString(key).equals(wanted)) {
          return true;
        }
      }
      return false;
    }

    private int slot(int hash, String text, int from, int to) {
      int mask = keys.length - 1;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (keys[slot] != null
          && !(keys[slot].length() == to - from && keys[slot].regionMatches(0, text, from, to - from))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          add(oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
