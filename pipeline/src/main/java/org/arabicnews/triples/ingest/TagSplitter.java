package org.arabicnews.triples.ingest;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.arabicnews.triples.text.ArabicChars;

/**
 * Splits a tag line into its tags.
 *
 * <p>Explicit separators (، , ; ؛ | # tab, two or more spaces) decide when there are any. A line the scraper
 * flattened with single spaces ("وزير الخارجية المغربي العلاقات الثنائية بين البلدين ...") is cut where the
 * cheapest segmentation says, found by dynamic programming over the words:
 *
 * <ul>
 *   <li>Every tag costs {@value #TAG}.
 *   <li>A tag that is not attested costs {@value #UNATTESTED} more, and {@value #UNATTESTED_PER_WORD} more for
 *       each word after its first, so a long unattested run loses to the attested tags it is made of. Attested
 *       means: its words occur in that
 *       order, not across punctuation, in the page's own text (titles and bodies), compared in the match
 *       normalization with the article ال ignored (and a conjunction و before the first word); or it is a
 *       country name (CLDR, Arabic) or in
 *       {@code list tag_name}.
 *   <li>An unattested tag costs {@value #MISSED_CUE} more for each place inside it where a new tag evidently
 *       starts: before a title or office word ({@code list tag_lead}), or after a definite adjective
 *       ({@code tag_adjective}) that is followed by a definite noun (التعاون الإسلامي | المشاورات).
 *   <li>A cut costs {@value #BAD_CUT} where the words bind: next to a particle ({@code list tag_glue}), after a
 *       title word (وزير | الخارجية), or before an adjective that agrees in definiteness with the word before
 *       it (الخارجية | المغربي).
 * </ul>
 *
 * <p>So tags the page repeats come out whole, title and adjective cues cut the rest, and an unattested run
 * with no cue stays one tag. It cannot split two unattested names that follow each other with no cue.
 */
final class TagSplitter {
  static final double TAG = 1;
  static final double UNATTESTED = 2.5;
  static final double UNATTESTED_PER_WORD = 0.5;
  static final double MISSED_CUE = 5;
  static final double BAD_CUT = 5;
  /** Longest tag, in words, looked up in the page text; longer runs count as unattested. */
  static final int MAX_ATTESTED_WORDS = 8;
  /** Lines longer than this, in words, are not split (cost is quadratic in the words). */
  static final int MAX_WORDS = 120;

  /** The definite article, as the match normalization writes it. */
  private static final String ARTICLE = "ال";
  /** The article after the conjunction و. */
  private static final String CONJUNCTION_ARTICLE = ArabicChars.WAW + ARTICLE;

  private static final Pattern EXPLICIT_SEPARATORS = Pattern.compile("\\s*[،,;؛|#\\t]\\s*|\\s{2,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private enum Gap { FREE, CUE, BIND }

  private final Set<String> lead;
  private final Set<String> glue;
  private final Set<String> names = new HashSet<>();
  private final List<Pattern> adjectives = new ArrayList<>();

  TagSplitter(SegmentationRules rules) {
    lead = rules.list("tag_lead");
    glue = rules.list("tag_glue");
    names.addAll(rules.list("tag_name"));
    ULocale arabic = new ULocale("ar");
    for (String iso : ULocale.getISOCountries()) {
      String name = new ULocale("", iso).getDisplayCountry(arabic);
      if (!name.isBlank() && !name.equals(iso)) {
        names.add(SegmentationRules.normalize(name));
      }
    }
    for (SegmentationRules.Rule r : rules.rules(SegmentationRules.Kind.TAG_ADJECTIVE)) {
      adjectives.add(r.pattern());
    }
  }

  /** The tags of {@code line}; {@code pageText} attests a flattened line's phrases (asked for only then). */
  List<String> split(String line, Supplier<PageText> pageText) {
    List<String> tags = new ArrayList<>();
    String[] pieces = EXPLICIT_SEPARATORS.split(line.strip());
    if (pieces.length > 1) {
      for (String piece : pieces) {
        if (!piece.isBlank()) {
          tags.add(piece.strip());
        }
      }
      return tags;
    }
    String[] words = SPACES.split(line.strip());
    if (words.length <= 1 || words.length > MAX_WORDS) {
      if (!line.isBlank()) {
        tags.add(line.strip());
      }
      return tags;
    }
    return cut(words, pageText.get());
  }

  private List<String> cut(String[] words, PageText pageText) {
    int n = words.length;
    String[] norm = new String[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      norm[i] = lettersOnly(SegmentationRules.normalize(words[i]));
      keys[i] = PageText.key(norm[i]);
    }
    Gap[] gaps = new Gap[n];
    for (int i = 1; i < n; i++) {
      gaps[i] = gap(norm[i - 1], norm[i]);
    }
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = end - 1; start >= 0; start--) {
        if (best[start] == Double.POSITIVE_INFINITY) {
          continue;
        }
        double cost = best[start] + tagCost(norm, keys, gaps, start, end, pageText)
            + (start > 0 && gaps[start] == Gap.BIND ? BAD_CUT : 0);
        if (cost < best[end]) {
          best[end] = cost;
          from[end] = start;
        }
      }
    }
    List<String> tags = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      tags.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, from[end], end)));
    }
    return tags;
  }

  private double tagCost(String[] norm, String[] keys, Gap[] gaps, int start, int end, PageText pageText) {
    if (attested(norm, keys, start, end, pageText)) {
      return TAG;
    }
    int cues = 0;
    for (int i = start + 1; i < end; i++) {
      if (gaps[i] == Gap.CUE) {
        cues++;
      }
    }
    return TAG + UNATTESTED + UNATTESTED_PER_WORD * (end - start - 1) + MISSED_CUE * cues;
  }

  private boolean attested(String[] norm, String[] keys, int start, int end, PageText pageText) {
    if (names.contains(String.join(" ", java.util.Arrays.copyOfRange(norm, start, end)))) {
      return true;
    }
    return end - start <= MAX_ATTESTED_WORDS
        && pageText.contains(String.join(" ", java.util.Arrays.copyOfRange(keys, start, end)));
  }

  private Gap gap(String before, String after) {
    if (glue.contains(before) || glue.contains(after) || lead.contains(before)) {
      return Gap.BIND;
    }
    if (isAdjective(after) && definite(before) == definite(after)) {
      return Gap.BIND;
    }
    if (lead.contains(after)) {
      return Gap.CUE;
    }
    if (isAdjective(before) && definite(before) && definite(after)) {
      return Gap.CUE;
    }
    return Gap.FREE;
  }

  private boolean isAdjective(String word) {
    for (Pattern p : adjectives) {
      if (p.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean definite(String word) {
    return (word.startsWith(ARTICLE) || word.startsWith(CONJUNCTION_ARTICLE)) && word.length() > 3;
  }

  static String lettersOnly(String word) {
    StringBuilder s = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** The words of a page's text, as keys, with every phrase of up to {@value #MAX_ATTESTED_WORDS} words. */
  static final class PageText {
    private final Set<String> phrases = new HashSet<>();

    PageText(CharSequence text) {
      List<String> run = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (start == i) {
          break;
        }
        String token = text.subSequence(start, i).toString();
        boolean breakBefore = !token.isEmpty() && !Character.isLetterOrDigit(token.charAt(0));
        boolean breakAfter = !token.isEmpty() && !Character.isLetterOrDigit(token.charAt(token.length() - 1));
        if (breakBefore) {
          addPhrases(run);
        }
        String key = key(lettersOnly(SegmentationRules.normalize(token)));
        if (!key.isEmpty()) {
          run.add(key);
        }
        if (breakAfter) {
          addPhrases(run);
        }
      }
      addPhrases(run);
    }

    private void addPhrases(List<String> run) {
      for (int start = 0; start < run.size(); start++) {
        String first = run.get(start);
        String bare = withoutConjunction(first);
        StringBuilder phrase = new StringBuilder(first);
        StringBuilder barePhrase = bare.equals(first) ? null : new StringBuilder(bare);
        phrases.add(first);
        if (barePhrase != null) {
          phrases.add(bare);
        }
        for (int end = start + 1; end < run.size() && end - start < MAX_ATTESTED_WORDS; end++) {
          phrase.append(' ').append(run.get(end));
          phrases.add(phrase.toString());
          if (barePhrase != null) {
            barePhrase.append(' ').append(run.get(end));
            phrases.add(barePhrase.toString());
          }
        }
      }
      run.clear();
    }

    boolean contains(String keys) {
      return phrases.contains(keys);
    }

    /**
     * A normalized word without its article: المشاورات and مشاورات, والرئيس and ورئيس match. A conjunction و
     * stays (باكستان وتونس does not attest the two tags باكستان تونس), except on a phrase's first word, where
     * it is the text's, not the tag's.
     */
    static String key(String word) {
      if (word.length() > 3 && word.startsWith(ARTICLE)) {
        return word.substring(ARTICLE.length());
      }
      if (word.length() > 4 && word.startsWith(CONJUNCTION_ARTICLE)) {
        return ArabicChars.WAW + word.substring(CONJUNCTION_ARTICLE.length());
      }
      return word;
    }

    private static String withoutConjunction(String key) {
      return key.length() > 3 && key.charAt(0) == ArabicChars.WAW ? key.substring(1) : key;
    }
  }
}
