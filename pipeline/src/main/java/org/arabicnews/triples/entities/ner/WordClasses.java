package org.arabicnews.triples.entities.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Word classes learned from unlabeled sentences with the exchange algorithm of a class bigram model (Kneser
 * and Ney 1993; Martin, Liermann and Ney 1998): words that occur in the same left and right contexts end up
 * in the same class, so a name the labeled corpus never shows shares a class with names it does show.
 *
 * <p>Each sentence is read between boundary markers. Words seen fewer than {@code minCount} times are read
 * as one rare-word token and get no class of their own. Classes start round-robin over the words by
 * descending frequency; then, word by word in that order, each word moves to the class that most raises the
 * likelihood {@code Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d)} of the class bigram
 * counts, until a pass moves fewer than one word in a thousand or the iterations run out. There is no
 * randomness: the same sentences give the same classes.
 */
final class WordClasses {
  static final String BOUNDARY = "<s>";
  static final String RARE = "<rare>";

  /** Words by id, in descending frequency (ties in string order). */
  private final String[] words;
  /** For each word, the ids of the words that follow it, and how often. */
  private final int[][] next;
  private final int[][] nextCount;
  /** For each word, the ids of the words that precede it, and how often. */
  private final int[][] previous;
  private final int[][] previousCount;
  private final long bigrams;

  WordClasses(Iterable<String[]> sentences, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] sentence : sentences) {
      for (String w : sentence) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocabulary = new ArrayList<>();
    counts.forEach((w, n) -> {
      if (n >= minCount) {
        vocabulary.add(w);
      }
    });
    vocabulary.add(BOUNDARY);
    vocabulary.add(RARE);
    vocabulary.sort(Comparator.comparingInt((String w) -> -counts.getOrDefault(w, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder()));
    words = vocabulary.toArray(String[]::new);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      ids.put(words[i], i);
    }
    int boundary = ids.get(BOUNDARY);
    int rare = ids.get(RARE);
    Map<Long, Integer> pairs = new HashMap<>();
    long total = 0;
    for (String[] sentence : sentences) {
      int before = boundary;
      for (int k = 0; k <= sentence.length; k++) {
        int id = k == sentence.length ? boundary : ids.getOrDefault(sentence[k], rare);
        pairs.merge(((long) before << 32) | id, 1, Integer::sum);
        total++;
        before = id;
      }
    }
    bigrams = total;
    int[] nextSize = new int[words.length];
    int[] previousSize = new int[words.length];
    for (long pair : pairs.keySet()) {
      nextSize[(int) (pair >>> 32)]++;
      previousSize[(int) pair]++;
    }
    next = new int[words.length][];
    nextCount = new int[words.length][];
    previous = new int[words.length][];
    previousCount = new int[words.length][];
    for (int w = 0; w < words.length; w++) {
      next[w] = new int[nextSize[w]];
      nextCount[w] = new int[nextSize[w]];
      previous[w] = new int[previousSize[w]];
      previousCount[w] = new int[previousSize[w]];
    }
    Arrays.fill(nextSize, 0);
    Arrays.fill(previousSize, 0);
    for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
      int a = (int) (e.getKey() >>> 32);
      int b = (int) (long) e.getKey();
      next[a][nextSize[a]] = b;
      nextCount[a][nextSize[a]++] = e.getValue();
      previous[b][previousSize[b]] = a;
      previousCount[b][previousSize[b]++] = e.getValue();
    }
  }

  /** The words that get a class (boundary and rare-word tokens excluded), in descending frequency. */
  List<String> vocabulary() {
    return Arrays.stream(words).filter(w -> !w.equals(BOUNDARY) && !w.equals(RARE)).toList();
  }

  /** Each vocabulary word's class, in {@code [0, classes)}; {@code log} hears one line per pass. */
  Map<String, Integer> cluster(int classes, int maxIterations, Consumer<String> log) {
    return new Exchange(classes).run(maxIterations, log);
  }

  /** One run of the exchange algorithm. */
  private final class Exchange {
    private final int c;
    private final int[] classOf = new int[words.length];
    /** Class bigram counts, row = left class. */
    private final long[] pair;
    private final long[] left;
    private final long[] right;
    private final double[] xlogx;
    private final int[] leftScratch;
    private final int[] rightScratch;

    Exchange(int classes) {
      c = classes;
      pair = new long[c * c];
      left = new long[c];
      right = new long[c];
      leftScratch = new int[c];
      rightScratch = new int[c];
      xlogx = new double[(int) Math.min(bigrams + 1, 1 << 24)];
      for (int n = 1; n < xlogx.length; n++) {
        xlogx[n] = n * Math.log(n);
      }
      for (int w = 0; w < words.length; w++) {
        classOf[w] = w % c;
      }
      for (int a = 0; a < words.length; a++) {
        for (int k = 0; k < next[a].length; k++) {
          int n = nextCount[a][k];
          pair[classOf[a] * c + classOf[next[a][k]]] += n;
          left[classOf[a]] += n;
          right[classOf[next[a][k]]] += n;
        }
      }
    }

    private double f(long n) {
      return n < xlogx.length ? xlogx[(int) n] : n * Math.log(n);
    }

    Map<String, Integer> run(int maxIterations, Consumer<String> log) {
      for (int iteration = 1; iteration <= maxIterations; iteration++) {
        int moved = 0;
        for (int w = 0; w < words.length; w++) {
          moved += move(w) ? 1 : 0;
        }
        log.accept(String.format(java.util.Locale.ROOT, "%d classes, pass %d: %d of %d words moved, log-likelihood %.6e",
            c, iteration, moved, words.length, likelihood()));
        if (moved * 1000 < words.length) {
          break;
        }
      }
      Map<String, Integer> out = new HashMap<>();
      for (int w = 0; w < words.length; w++) {
        if (!words[w].equals(BOUNDARY) && !words[w].equals(RARE)) {
          out.put(words[w], classOf[w]);
        }
      }
      return out;
    }

    double likelihood() {
      double ll = 0;
      for (long n : pair) {
        ll += f(n);
      }
      for (int k = 0; k < c; k++) {
        ll -= f(left[k]) + f(right[k]);
      }
      return ll;
    }

    /** Moves word {@code w} to its best class; true when that is not the class it was in. */
    private boolean move(int w) {
      int[] leftClasses = new int[Math.min(c, next[w].length)];
      int[] rightClasses = new int[Math.min(c, previous[w].length)];
      int nLeft = 0;
      int nRight = 0;
      long self = 0;
      long asLeft = 0;
      long asRight = 0;
      for (int k = 0; k < next[w].length; k++) {
        int v = next[w][k];
        int n = nextCount[w][k];
        asLeft += n;
        if (v == w) {
          self += n;
        } else {
          int d = classOf[v];
          if (leftScratch[d] == 0) {
            leftClasses[nLeft++] = d;
          }
          leftScratch[d] += n;
        }
      }
      for (int k = 0; k < previous[w].length; k++) {
        int u = previous[w][k];
        int n = previousCount[w][k];
        asRight += n;
        if (u != w) {
          int d = classOf[u];
          if (rightScratch[d] == 0) {
            rightClasses[nRight++] = d;
          }
          rightScratch[d] += n;
        }
      }
      int from = classOf[w];
      update(from, -1, leftClasses, nLeft, rightClasses, nRight, self, asLeft, asRight);
      int best = from;
      double bestGain = gain(from, leftClasses, nLeft, rightClasses, nRight, self, asLeft, asRight);
      for (int k = 0; k < c; k++) {
        if (k != from) {
          double g = gain(k, leftClasses, nLeft, rightClasses, nRight, self, asLeft, asRight);
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = k;
          }
        }
      }
      update(best, 1, leftClasses, nLeft, rightClasses, nRight, self, asLeft, asRight);
      classOf[w] = best;
      for (int k = 0; k < nLeft; k++) {
        leftScratch[leftClasses[k]] = 0;
      }
      for (int k = 0; k < nRight; k++) {
        rightScratch[rightClasses[k]] = 0;
      }
      return best != from;
    }

    /** Adds ({@code sign} 1) or removes (−1) a word's counts to or from class {@code k}. */
    private void update(int k, int sign, int[] leftClasses, int nLeft, int[] rightClasses, int nRight, long self,
        long asLeft, long asRight) {
      for (int i = 0; i < nLeft; i++) {
        int d = leftClasses[i];
        pair[k * c + d] += sign * (long) leftScratch[d];
      }
      for (int i = 0; i < nRight; i++) {
        int d = rightClasses[i];
        pair[d * c + k] += sign * (long) rightScratch[d];
      }
      pair[k * c + k] += sign * self;
      left[k] += sign * asLeft;
      right[k] += sign * asRight;
    }

    /** The change in likelihood if the word, taken out of every class, joined class {@code k}. */
    private double gain(int k, int[] leftClasses, int nLeft, int[] rightClasses, int nRight, long self,
        long asLeft, long asRight) {
      double g = 0;
      for (int i = 0; i < nLeft; i++) {
        int d = leftClasses[i];
        if (d != k) {
          long n = pair[k * c + d];
          g += f(n + leftScratch[d]) - f(n);
        }
      }
      for (int i = 0; i < nRight; i++) {
        int d = rightClasses[i];
        if (d != k) {
          long n = pair[d * c + k];
          g += f(n + rightScratch[d]) - f(n);
        }
      }
      long diagonal = pair[k * c + k];
      g += f(diagonal + leftScratch[k] + rightScratch[k] + self) - f(diagonal);
      g -= f(left[k] + asLeft) - f(left[k]) + f(right[k] + asRight) - f(right[k]);
      return g;
    }
  }
}
