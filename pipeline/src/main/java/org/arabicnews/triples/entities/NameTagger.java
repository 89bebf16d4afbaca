package org.arabicnews.triples.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained Arabic name tagger: a linear model over hashed features ({@link TaggerFeatures}) with BIO labels
 * and label-transition weights, decoded with Viterbi under the BIO constraint (an I- label continues a mention
 * of its type). Trained as an averaged structured perceptron by {@code ner.TrainNameTagger} (see
 * docs/entities.md); the committed weights are read once per class loader.
 *
 * <p>Immutable and thread-safe. The sum of a word's own feature weights at each window offset is cached per
 * word (bounded), since news repeats its words: a sentence then costs a few lookups per word.
 */
public final class NameTagger {
  static final String MODEL = "/org/arabicnews/triples/entities/ner/ar-ner-tagger.bin.gz";
  private static final int MAGIC = 0x41524e54; // "ARNT"
  private static final int FORMAT = 1;
  private static final int CACHE_LIMIT = 1 << 17;
  private static final int OFFSETS = 2 * TaggerFeatures.WINDOW + 1;

  private final List<String> types;
  private final String[] labels;
  /** Label count: O, then B- and I- of each type. */
  private final int n;
  private final int bits;
  /** Weights by bucket then label. */
  private final float[] weights;
  /** Transition weights: row {@code p} for the previous label, row {@code n} for the sentence start. */
  private final float[] transitions;
  private final boolean[] allowed;
  private final String featuresFingerprint;
  private final TaggerFeatures features;
  private final Map<String, float[]> ownScores = new ConcurrentHashMap<>();

  NameTagger(List<String> types, int bits, float[] weights, float[] transitions, String featuresFingerprint,
      TaggerFeatures features) {
    this.types = List.copyOf(types);
    this.labels = labels(types);
    this.n = labels.length;
    this.bits = bits;
    this.weights = weights;
    this.transitions = transitions;
    this.allowed = allowedTransitions(n);
    this.featuresFingerprint = featuresFingerprint;
    this.features = features;
  }

  /** The committed model, read on first use. */
  public static NameTagger shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final NameTagger INSTANCE = committed();
  }

  private static NameTagger committed() {
    try (InputStream in = NameTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("name tagger model missing: " + MODEL);
      }
      return read(in, new TaggerFeatures(Gazetteer.shared(), WordClusters.shared()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  /** A name found: its type (the training corpus' label), token span and a confidence in (0, 1]. */
  public record Name(String type, int start, int end, double confidence) {}

  /** The mention types, as the training corpus labels them. */
  public List<String> types() {
    return types;
  }

  /**
   * Fingerprint of the gazetteer and word clusters the model was trained with ({@link
   * TaggerFeatures#fingerprint}).
   */
  public String featuresFingerprint() {
    return featuresFingerprint;
  }

  /** A new document: the tagger's memory of the labels it gave each word starts empty. */
  public Document newDocument() {
    return new Document();
  }

  /** The sentences of one document, tagged in order; not thread-safe (one per document). */
  public final class Document {
    private final Map<String, Integer> memory = new HashMap<>();

    private Document() {}

    /** Names in one sentence of match-normalized words. */
    public List<Name> find(String[] words) {
      if (words.length == 0) {
        return List.of();
      }
      String[] folded = fold(words);
      float[][] own = new float[folded.length + 2 * TaggerFeatures.WINDOW][];
      for (int k = 0; k < own.length; k++) {
        int i = k - TaggerFeatures.WINDOW;
        own[k] = ownScores(i < 0 ? TaggerFeatures.SENTENCE_START
            : i >= folded.length ? TaggerFeatures.SENTENCE_END : folded[i]);
      }
      float[] emissions = emissions(folded, own);
      int[] best = viterbi(emissions, folded.length, n, transitions, allowed);
      for (int i = 0; i < folded.length; i++) {
        memory.put(folded[i], best[i]);
      }
      return names(best, emissions);
    }

    private float[] emissions(String[] words, float[][] own) {
      int len = words.length;
      float[] scores = new float[len * n];
      long[] phrases = features.phrases(words);
      long[] context = new long[TaggerFeatures.MAX_CONTEXT + 1];
      for (int i = 0; i < len; i++) {
        int base = i * n;
        for (int d = -TaggerFeatures.WINDOW; d <= TaggerFeatures.WINDOW; d++) {
          float[] o = own[i + d + TaggerFeatures.WINDOW];
          int row = (d + TaggerFeatures.WINDOW) * n;
          for (int y = 0; y < n; y++) {
            scores[base + y] += o[row + y];
          }
        }
        int c = TaggerFeatures.context(phrases, i, context);
        Integer remembered = memory.get(words[i]);
        if (remembered != null) {
          context[c++] = TaggerFeatures.memory(remembered);
        }
        for (int k = 0; k < c; k++) {
          int w = bucket(context[k]) * n;
          for (int y = 0; y < n; y++) {
            scores[base + y] += weights[w + y];
          }
        }
      }
      return scores;
    }
  }

  /** The summed weights of a word's own features at each offset of the window ({@code OFFSETS × n}), cached. */
  private float[] ownScores(String word) {
    float[] cached = ownScores.get(word);
    if (cached != null) {
      return cached;
    }
    TaggerFeatures.WordFeatures f = features.word(word);
    float[] sums = new float[OFFSETS * n];
    for (int d = -TaggerFeatures.WINDOW; d <= TaggerFeatures.WINDOW; d++) {
      int row = (d + TaggerFeatures.WINDOW) * n;
      for (int k = 0; k < f.countAt(d); k++) {
        int w = bucket(TaggerFeatures.at(f.hashes()[k], d)) * n;
        for (int y = 0; y < n; y++) {
          sums[row + y] += weights[w + y];
        }
      }
    }
    if (ownScores.size() >= CACHE_LIMIT) {
      ownScores.clear();
    }
    ownScores.put(word, sums);
    return sums;
  }

  private String[] fold(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = features.fold(words[i]);
    }
    return out;
  }

  int bucket(long hash) {
    return (int) (hash >>> (64 - bits));
  }

  /** The best label sequence under the BIO constraint, given emission scores ({@code len × n}). */
  static int[] viterbi(float[] emissions, int len, int n, float[] transitions, boolean[] allowed) {
    float[] score = new float[n];
    float[] next = new float[n];
    int[] back = new int[len * n];
    for (int y = 0; y < n; y++) {
      score[y] = allowed[n * n + y] ? emissions[y] + transitions[n * n + y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < len; i++) {
      for (int y = 0; y < n; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < n; p++) {
          if (allowed[p * n + y]) {
            float s = score[p] + transitions[p * n + y];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        next[y] = best + emissions[i * n + y];
        back[i * n + y] = arg;
      }
      float[] t = score;
      score = next;
      next = t;
    }
    int y = 0;
    for (int k = 1; k < n; k++) {
      if (score[k] > score[y]) {
        y = k;
      }
    }
    int[] out = new int[len];
    for (int i = len - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * n + y];
    }
    return out;
  }

  /**
   * Mentions of a label sequence. The confidence of one is the least, over its words, of the chosen label's
   * probability under a softmax of that word's emission scores.
   */
  private List<Name> names(int[] best, float[] emissions) {
    List<Name> out = new ArrayList<>();
    for (int i = 0; i < best.length; ) {
      if (best[i] == 0) {
        i++;
        continue;
      }
      int type = (best[i] - 1) / 2;
      int end = i + 1;
      while (end < best.length && best[end] == 2 + 2 * type) {
        end++;
      }
      double confidence = 1;
      for (int k = i; k < end; k++) {
        confidence = Math.min(confidence, probability(emissions, k, best[k]));
      }
      out.add(new Name(types.get(type), i, end, confidence));
      i = end;
    }
    return out;
  }

  private double probability(float[] emissions, int i, int label) {
    double sum = 0;
    for (int y = 0; y < n; y++) {
      sum += Math.exp(emissions[i * n + y] - emissions[i * n + label]);
    }
    return 1 / sum;
  }

  static String[] labels(List<String> types) {
    String[] out = new String[1 + 2 * types.size()];
    out[0] = "O";
    for (int t = 0; t < types.size(); t++) {
      out[1 + 2 * t] = "B-" + types.get(t);
      out[2 + 2 * t] = "I-" + types.get(t);
    }
    return out;
  }

  /** {@code [p * n + y]}: label y may follow label p; row n: may start a sentence. I-X follows only B-X, I-X. */
  static boolean[] allowedTransitions(int n) {
    boolean[] allowed = new boolean[(n + 1) * n];
    for (int p = 0; p <= n; p++) {
      for (int y = 0; y < n; y++) {
        boolean inside = y > 0 && y % 2 == 0;
        allowed[p * n + y] = !inside || p < n && p > 0 && (p - 1) / 2 == (y - 1) / 2;
      }
    }
    return allowed;
  }

  /**
   * Writes the model: a gzip stream of a header (format, hash bits, gazetteer fingerprint, types), the
   * transition weights, then the non-zero buckets, each as its distance from the previous one and its label
   * weights.
   */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(os);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(bits);
    out.writeUTF(featuresFingerprint);
    out.writeInt(types.size());
    for (String t : types) {
      out.writeUTF(t);
    }
    for (float t : transitions) {
      out.writeFloat(t);
    }
    int buckets = 1 << bits;
    int used = 0;
    for (int b = 0; b < buckets; b++) {
      used += nonZero(b) ? 1 : 0;
    }
    out.writeInt(used);
    int previous = 0;
    for (int b = 0; b < buckets; b++) {
      if (nonZero(b)) {
        writeVarInt(out, b - previous);
        previous = b;
        for (int y = 0; y < n; y++) {
          out.writeFloat(weights[b * n + y]);
        }
      }
    }
    out.flush();
    gzip.finish();
  }

  private boolean nonZero(int bucket) {
    for (int y = 0; y < n; y++) {
      if (weights[bucket * n + y] != 0) {
        return true;
      }
    }
    return false;
  }

  /** Reads a model {@link #write} wrote, to tag with {@code features}. */
  public static NameTagger read(InputStream is, TaggerFeatures features) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)));
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a name tagger model of format " + FORMAT);
    }
    int bits = in.readInt();
    String fingerprint = in.readUTF();
    List<String> types = new ArrayList<>();
    for (int t = in.readInt(); t > 0; t--) {
      types.add(in.readUTF());
    }
    int n = 1 + 2 * types.size();
    float[] transitions = new float[(n + 1) * n];
    for (int k = 0; k < transitions.length; k++) {
      transitions[k] = in.readFloat();
    }
    float[] weights = new float[(1 << bits) * n];
    int bucket = 0;
    for (int used = in.readInt(); used > 0; used--) {
      bucket += readVarInt(in);
      for (int y = 0; y < n; y++) {
        weights[bucket * n + y] = in.readFloat();
      }
    }
    return new NameTagger(types, bits, weights, transitions, fingerprint, features);
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }
}
