package org.arabicnews.triples.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores duplicate clusters against the exact Jaccard similarity of the articles' shingle sets: the truth that
 * MinHash and LSH approximate.
 *
 * <p>A true pair is two articles whose exact similarity is at least the threshold; it is found when both are in
 * the same cluster. A predicted pair is two articles in the same cluster; it is right when their exact similarity
 * is at least the threshold, and clearly wrong below one half. All pairs are found through an inverted index over
 * shingles, so articles that share no shingle are never compared.
 */
public final class DuplicateEvaluation {
  /** The figures of one evaluation. */
  public record Result(int articles, long truePairs, long truePairsFound, long predictedPairs,
      long predictedPairsAtThreshold, long predictedPairsBelowHalf) {
    public double recall() {
      return truePairs == 0 ? 1 : (double) truePairsFound / truePairs;
    }

    public double precision() {
      return predictedPairs == 0 ? 1 : (double) predictedPairsAtThreshold / predictedPairs;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d articles compared; pairs at Jaccard >= threshold: %d, "
              + "%d of them in one cluster (recall %.3f); pairs in one cluster: %d, %d of them at the threshold "
              + "(precision %.3f), %d below 0.5", articles, truePairs, truePairsFound, recall(), predictedPairs,
          predictedPairsAtThreshold, precision(), predictedPairsBelowHalf);
    }
  }

  private DuplicateEvaluation() {}

  /**
   * @param shingles each article's sorted distinct shingle hashes ({@link Shingles#of}), by article id
   * @param clusterOf each article's cluster: its duplicate_of, else itself
   */
  public static Result evaluate(Map<String, long[]> shingles, Map<String, String> clusterOf, double threshold) {
    List<String> ids = new ArrayList<>(shingles.keySet());
    ids.sort(null);
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      for (long s : shingles.get(ids.get(i))) {
        postings.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
      }
    }
    long truePairs = 0;
    long found = 0;
    int[] overlap = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      List<Integer> touched = new ArrayList<>();
      for (long s : shingles.get(ids.get(i))) {
        for (int j : postings.get(s)) {
          if (j > i && overlap[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      for (int j : touched) {
        if (jaccard(overlap[j], shingles.get(ids.get(i)).length, shingles.get(ids.get(j)).length) >= threshold) {
          truePairs++;
          if (clusterOf.get(ids.get(i)).equals(clusterOf.get(ids.get(j)))) {
            found++;
          }
        }
        overlap[j] = 0;
      }
    }
    Map<String, List<String>> clusters = new HashMap<>();
    for (String id : ids) {
      clusters.computeIfAbsent(clusterOf.get(id), k -> new ArrayList<>()).add(id);
    }
    long predicted = 0;
    long atThreshold = 0;
    long belowHalf = 0;
    for (List<String> members : clusters.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          double j = jaccard(shingles.get(members.get(a)), shingles.get(members.get(b)));
          predicted++;
          atThreshold += j >= threshold ? 1 : 0;
          belowHalf += j < 0.5 ? 1 : 0;
        }
      }
    }
    return new Result(ids.size(), truePairs, found, predicted, atThreshold, belowHalf);
  }

  /** Exact Jaccard similarity of two sorted distinct arrays. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return jaccard(common, a.length, b.length);
  }

  private static double jaccard(int common, int sizeA, int sizeB) {
    return (double) common / (sizeA + sizeB - common);
  }
}
