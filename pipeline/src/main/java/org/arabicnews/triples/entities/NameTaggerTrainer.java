package org.arabicnews.triples.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Trains a {@link NameTagger} as an averaged structured perceptron (Collins 2002): each sentence is decoded
 * with the current weights, and where the best sequence differs from the gold one, the gold sequence's
 * features gain one and the predicted one's lose one; the model keeps the average of the weights over all
 * steps. Documents are visited in an order shuffled by a fixed seed, so training is deterministic. The memory
 * feature is fed with the labels the tagger itself gave earlier in the document, as when tagging.
 */
public final class NameTaggerTrainer {
  private final List<String> types;
  private final int bits;
  private final TaggerFeatures features;
  private final long seed;

  /**
   * @param types the mention types, as the corpus labels them
   * @param bits log2 of the number of feature buckets
   * @param seed of the order in which documents are visited
   */
  public NameTaggerTrainer(List<String> types, int bits, TaggerFeatures features, long seed) {
    this.types = List.copyOf(types);
    this.bits = bits;
    this.features = features;
    this.seed = seed;
  }

  /**
   * A training sentence: its match-normalized words and their BIO tags ({@code B-PERS}, {@code I-PERS},
   * {@code O}; an I- tag must continue a mention of its type); a document starts at it or not.
   */
  public record Example(String[] words, String[] tags, boolean documentStart) {}

  /** Trains for {@code epochs} passes; {@code afterEpoch} receives the averaged model after each one. */
  public NameTagger train(List<Example> examples, int epochs, ObjIntConsumer<NameTagger> afterEpoch) {
    int n = 1 + 2 * types.size();
    List<Encoded> encoded = new ArrayList<>(examples.size());
    for (Example e : examples) {
      encoded.add(encode(e, n));
    }
    List<List<Encoded>> documents = new ArrayList<>();
    for (Encoded e : encoded) {
      if (e.documentStart || documents.isEmpty()) {
        documents.add(new ArrayList<>());
      }
      documents.get(documents.size() - 1).add(e);
    }
    float[] weights = new float[(1 << bits) * n];
    double[] sums = new double[weights.length];
    float[] transitions = new float[(n + 1) * n];
    double[] transitionSums = new double[transitions.length];
    boolean[] allowed = NameTagger.allowedTransitions(n);
    Random random = new Random(seed);
    long step = 1;
    NameTagger model = null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(documents, random);
      for (List<Encoded> document : documents) {
        Map<String, Integer> memory = new HashMap<>();
        for (Encoded s : document) {
          int len = s.gold.length;
          float[] emissions = new float[len * n];
          int[] memoryBuckets = new int[len];
          for (int i = 0; i < len; i++) {
            Integer remembered = memory.get(s.words[i]);
            memoryBuckets[i] = remembered == null ? -1 : bucket(TaggerFeatures.memory(remembered));
            for (int k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
              add(weights, s.buckets[k] * n, emissions, i * n, n);
            }
            if (memoryBuckets[i] >= 0) {
              add(weights, memoryBuckets[i] * n, emissions, i * n, n);
            }
          }
          int[] predicted = NameTagger.viterbi(emissions, len, n, transitions, allowed);
          for (int i = 0; i < len; i++) {
            int g = s.gold[i];
            int p = predicted[i];
            if (g != p) {
              for (int k = s.offsets[i]; k <= s.offsets[i + 1]; k++) {
                int b = k < s.offsets[i + 1] ? s.buckets[k] : memoryBuckets[i];
                if (b >= 0) {
                  update(weights, sums, b * n + g, 1, step);
                  update(weights, sums, b * n + p, -1, step);
                }
              }
            }
            int gPrev = i == 0 ? n : s.gold[i - 1];
            int pPrev = i == 0 ? n : predicted[i - 1];
            if (gPrev != pPrev || g != p) {
              update(transitions, transitionSums, gPrev * n + g, 1, step);
              update(transitions, transitionSums, pPrev * n + p, -1, step);
            }
          }
          for (int i = 0; i < len; i++) {
            memory.put(s.words[i], predicted[i]);
          }
          step++;
        }
      }
      model = new NameTagger(types, bits, average(weights, sums, step), average(transitions, transitionSums, step),
          features.fingerprint(), features);
      if (afterEpoch != null) {
        afterEpoch.accept(model, epoch);
      }
    }
    return model;
  }

  /**
   * A sentence's folded words, gold label indexes, and the buckets of each word's fixed features ({@code
   * buckets[offsets[i], offsets[i + 1])}).
   */
  private record Encoded(String[] words, int[] gold, int[] buckets, int[] offsets, boolean documentStart) {}

  private Encoded encode(Example e, int n) {
    String[] words = new String[e.words().length];
    for (int i = 0; i < words.length; i++) {
      words[i] = features.fold(e.words()[i]);
    }
    int[] gold = new int[words.length];
    String[] labels = NameTagger.labels(types);
    for (int i = 0; i < words.length; i++) {
      gold[i] = List.of(labels).indexOf(e.tags()[i]);
      if (gold[i] < 0 || gold[i] > 0 && gold[i] % 2 == 0 && (i == 0 || (gold[i - 1] + 1) / 2 != (gold[i] + 1) / 2)) {
        throw new IllegalArgumentException("tag " + e.tags()[i] + " at word " + i + " of " + String.join(" ", words));
      }
    }
    long[] phrases = features.phrases(words);
    List<Integer> buckets = new ArrayList<>();
    int[] offsets = new int[words.length + 1];
    long[] context = new long[TaggerFeatures.MAX_CONTEXT];
    for (int i = 0; i < words.length; i++) {
      offsets[i] = buckets.size();
      for (int d = -TaggerFeatures.WINDOW; d <= TaggerFeatures.WINDOW; d++) {
        int k = i + d;
        String w = k < 0 ? TaggerFeatures.SENTENCE_START : k >= words.length ? TaggerFeatures.SENTENCE_END : words[k];
        TaggerFeatures.WordFeatures own = features.word(w);
        for (int f = 0; f < own.countAt(d); f++) {
          buckets.add(bucket(TaggerFeatures.at(own.hashes()[f], d)));
        }
      }
      int c = TaggerFeatures.context(phrases, i, context);
      for (int f = 0; f < c; f++) {
        buckets.add(bucket(context[f]));
      }
    }
    offsets[words.length] = buckets.size();
    return new Encoded(words, gold, buckets.stream().mapToInt(Integer::intValue).toArray(), offsets,
        e.documentStart());
  }

  private int bucket(long hash) {
    return (int) (hash >>> (64 - bits));
  }

  private static void add(float[] weights, int from, float[] to, int at, int n) {
    for (int y = 0; y < n; y++) {
      to[at + y] += weights[from + y];
    }
  }

  /** The averaging trick: {@code sums} accumulates step × change, so the average is w − sums / steps. */
  private static void update(float[] weights, double[] sums, int k, int change, long step) {
    weights[k] += change;
    sums[k] += change * (double) step;
  }

  private static float[] average(float[] weights, double[] sums, long steps) {
    float[] out = new float[weights.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = (float) (weights[k] - sums[k] / steps);
    }
    return out;
  }
}
