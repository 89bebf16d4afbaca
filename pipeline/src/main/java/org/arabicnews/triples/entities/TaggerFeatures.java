package org.arabicnews.triples.entities;

import java.util.Arrays;
import java.util.List;

/**
 * The features of the name tagger ({@link NameTagger}), as 64-bit hashes (no feature strings are built).
 *
 * <p>A word's own features, read at a relative position (offset) from the word being tagged:
 *
 * <ul>
 *   <li>at offsets -2..2: the word, its shape (letter classes and a length bucket), whether it is a common
 *       word or a word of a known person name (our gazetteer), and its class in each word clustering
 *       ({@link WordClusters});
 *   <li>at offsets -1..1: its proclitics (و, ف, ب, ل, ك, لل), its form without them, whether it then carries
 *       the article, and the first and last two and three letters of its core (without proclitics and
 *       article);
 *   <li>at offset 0: its character 3- and 4-grams (for names the training data never shows).
 * </ul>
 *
 * <p>Features of the context: the kind of gazetteer phrase (country, title, ...) each word of the ±2 window
 * begins or continues, the sentence start, a bias, and
 * the label the tagger last gave the same word earlier in the document (its memory). A word's own features
 * depend on nothing else, so the tagger can add up their weights once per word and offset and reuse the sum.
 */
public final class TaggerFeatures {
  /** Offsets of the word window. */
  public static final int WINDOW = 2;

  static final String SENTENCE_START = "\u0002<s>";
  static final String SENTENCE_END = "\u0003</s>";

  private static final long WORD = 1;
  private static final long SHAPE = 2;
  private static final long LEXICON = 3;
  private static final long PROCLITIC = 4;
  private static final long STEM = 5;
  private static final long ARTICLE = 6;
  private static final long PREFIX = 7;
  private static final long SUFFIX = 8;
  private static final long NGRAM = 9;
  private static final long PHRASE = 10;
  private static final long START = 13;
  private static final long BIAS = 14;
  private static final long MEMORY = 15;
  private static final long CLUSTER = 16;

  private final Gazetteer gazetteer;
  private final WordClusters clusters;

  public TaggerFeatures(Gazetteer gazetteer, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  /** Fingerprint of the gazetteer and word clusters the features read. */
  public String fingerprint() {
    return gazetteer.fingerprint() + "/" + clusters.fingerprint();
  }

  /**
   * A word's own features. {@code hashes[0, windowCount)} are read at every offset of the window,
   * {@code [windowCount, nearCount)} also at offsets -1..1, the rest only at offset 0.
   */
  public record WordFeatures(long[] hashes, int windowCount, int nearCount) {
    /** How many of the hashes are read at {@code offset}. */
    public int countAt(int offset) {
      return offset == 0 ? hashes.length : Math.abs(offset) == 1 ? nearCount : windowCount;
    }
  }

  /** A match-normalized word as the features read it: with its spelling variants folded. */
  public String fold(String word) {
    return gazetteer.fold(word);
  }

  /**
   * The own features of a word (match-normalized and folded, {@link Gazetteer#fold}; a sentence-boundary
   * marker outside the sentence).
   */
  public WordFeatures word(String word) {
    long[] out = new long[24];
    int n = 0;
    out[n++] = hash(WORD, word);
    if (word.equals(SENTENCE_START) || word.equals(SENTENCE_END)) {
      return new WordFeatures(Arrays.copyOf(out, n), n, n);
    }
    out[n++] = hash(SHAPE, shape(word));
    String proclitic = LookupForms.proclitic(word);
    String w = word.substring(proclitic.length());
    if (gazetteer.isCommonWord(word)) {
      out[n++] = hash(LEXICON, "common");
    } else if (gazetteer.isPersonNameWord(word) || gazetteer.isPersonNameWord(w)) {
      out[n++] = hash(LEXICON, "name");
    }
    int[] classes = clusters.of(word);
    for (int k = 0; classes != null && k < classes.length; k++) {
      out[n++] = mix(CLUSTER * 1_000_003L + k * 65_536L + classes[k]);
    }
    int windowCount = n;
    out[n++] = hash(PROCLITIC, proclitic);
    if (!proclitic.isEmpty()) {
      out[n++] = hash(STEM, w);
    }
    int core = 0;
    if (w.startsWith("ال") && w.length() > 4) {
      out[n++] = hash(ARTICLE, "");
      core = 2;
    }
    int length = w.length() - core;
    for (int k = 2; k <= 3 && k < length; k++) {
      out[n++] = hash(PREFIX * 8 + k, w, core, core + k);
      out[n++] = hash(SUFFIX * 8 + k, w, w.length() - k, w.length());
    }
    int nearCount = n;
    for (int k = 3; k <= 4; k++) {
      for (int from = 0; from + k <= word.length(); from++) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = hash(NGRAM * 8 + k, word, from, from + k);
      }
    }
    return new WordFeatures(Arrays.copyOf(out, n), windowCount, nearCount);
  }

  /** A word's own feature read at an offset: the hash that indexes the weights. */
  public static long at(long hash, int offset) {
    return mix(hash + offset + WINDOW + 1);
  }

  /**
   * The gazetteer phrase label of each (folded) word, {@code 0} for none: the phrase's kind and whether the
   * word begins it.
   */
  public long[] phrases(String[] words) {
    List<String> list = Arrays.asList(words);
    long[] out = new long[words.length];
    for (int i = 0; i < words.length; ) {
      Gazetteer.Match m = gazetteer.longestAt(list, i);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = m.start(); k < m.end(); k++) {
        out[k] = m.entry().kind().ordinal() * 2L + (k == m.start() ? 1 : 2);
      }
      i = m.end();
    }
    return out;
  }

  /**
   * The context features of word {@code i} (without the memory feature, which the tagger adds as it goes):
   * at most {@link #MAX_CONTEXT} hashes into {@code out}; returns how many.
   */
  public static int context(long[] phrases, int i, long[] out) {
    int n = 0;
    for (int d = -WINDOW; d <= WINDOW; d++) {
      int k = i + d;
      long p = k < 0 || k >= phrases.length ? 0 : phrases[k];
      if (p != 0) {
        out[n++] = mix(PHRASE * 1_000_003L + p * 8 + d + WINDOW);
      }
    }
    if (i == 0) {
      out[n++] = mix(START);
    }
    out[n++] = mix(BIAS);
    return n;
  }

  /** Most context features of one word. */
  public static final int MAX_CONTEXT = 2 * WINDOW + 1 + 2;

  /** The memory feature: the word was last given label {@code label} in this document. */
  public static long memory(int label) {
    return mix(MEMORY * 1_000_003L + label);
  }

  /**
   * The word's shape: each letter's class (Arabic a, Latin X or x, digit d, anything else itself), runs of one
   * class written once, at most 4 classes, then a length bucket.
   */
  static String shape(String word) {
    StringBuilder s = new StringBuilder(6);
    char last = 0;
    for (int k = 0; k < word.length() && s.length() < 4; k++) {
      char c = word.charAt(k);
      char cls = c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c) ? 'a'
          : Character.isDigit(c) ? 'd' : Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : c;
      if (cls != last) {
        s.append(cls);
        last = cls;
      }
    }
    int n = word.length();
    return s.append(n <= 3 ? n : n <= 5 ? 4 : n <= 7 ? 6 : 8).toString();
  }

  static long hash(long template, String s) {
    return hash(template, s, 0, s.length());
  }

  /** FNV-1a over {@code s[from, to)}, seeded by a template id. */
  static long hash(long template, String s, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
    for (int k = from; k < to; k++) {
      h ^= s.charAt(k);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A 64-bit finalizer (murmur3's), so that the high bits used as bucket index are well spread. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
