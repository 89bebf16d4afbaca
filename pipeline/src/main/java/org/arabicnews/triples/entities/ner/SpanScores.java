package org.arabicnews.triples.entities.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 in the conlleval sense: a predicted mention counts only when a gold mention has
 * exactly its span and type. Counted per type and micro-averaged over all types.
 */
public final class SpanScores {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Adds one sentence's gold and predicted mentions. */
  public void add(List<LabeledSentence.Mention> gold, List<LabeledSentence.Mention> predicted) {
    Set<LabeledSentence.Mention> goldSet = new HashSet<>(gold);
    for (LabeledSentence.Mention p : predicted) {
      int[] c = counts.computeIfAbsent(p.type(), t -> new int[3]);
      if (goldSet.contains(p)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    Set<LabeledSentence.Mention> predictedSet = new HashSet<>(predicted);
    for (LabeledSentence.Mention g : gold) {
      if (!predictedSet.contains(g)) {
        counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
      }
    }
  }

  /** Scores of one type. */
  public Score of(String type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return new Score(c[0], c[1], c[2]);
  }

  /** Micro-averaged scores over every type seen. */
  public Score micro() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return new Score(tp, fp, fn);
  }

  /** A Markdown table: one row per type, then the micro average. */
  public String table() {
    StringBuilder out = new StringBuilder(
        "| type | gold | predicted | correct | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
    for (String type : counts.keySet()) {
      out.append(of(type).row(type));
    }
    return out.append(micro().row("**micro**")).toString();
  }

  /**
   * True positives, false positives and false negatives.
   *
   * @param correct predicted mentions that match a gold one exactly
   * @param spurious predicted mentions that match none
   * @param missed gold mentions no prediction matches
   */
  public record Score(int correct, int spurious, int missed) {
    public double precision() {
      return correct + spurious == 0 ? 0 : 100.0 * correct / (correct + spurious);
    }

    public double recall() {
      return correct + missed == 0 ? 0 : 100.0 * correct / (correct + missed);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String label) {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", label, correct + missed,
          correct + spurious, correct, precision(), recall(), f1());
    }
  }
}
