package org.arabicnews.triples.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.arabicnews.triples.relations.Relation;

/** What {@link TripleScorer} found: counts per relation, attribute agreement, a reliability table, a CAMEO comparison. */
public final class TripleReport {
  /** True positives, false positives and false negatives. */
  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Counts other) {
      tp += other.tp;
      fp += other.fp;
      fn += other.fn;
    }
  }

  /** Agreement of one attribute on matched triples whose gold annotation gives it. */
  public static final class Agreement {
    public int compared;
    public int agreed;

    void add(boolean agree) {
      compared++;
      agreed += agree ? 1 : 0;
    }
  }

  /** Confidences read back from Parquet are floats (0.9 is 0.8999999762): bin edges allow for that. */
  private static final double FLOAT_SLACK = 1e-6;

  /** Lower bounds of the confidence bins of the reliability table. */
  static final double[] BINS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

  final Map<String, Counts> byRelation = new TreeMap<>();
  final List<TripleScorer.Scored> scored = new ArrayList<>();
  final List<TripleGold.GoldTriple> missed = new ArrayList<>();
  final List<String> missingDocs = new ArrayList<>();
  final Agreement polarity = new Agreement();
  final Agreement modality = new Agreement();
  final Agreement location = new Agreement();
  final Agreement cameo = new Agreement();
  final Agreement baselineCameo = new Agreement();
  final List<String> errors = new ArrayList<>();
  String article = "";
  int goldEvents;
  /** Gold events and facts, and of them those whose two arguments the recognizer found: [events, facts][all, found]. */
  final int[][] reach = new int[2][2];
  boolean reachCounted;
  int duplicates;
  int articles;

  void add(TripleScorer.Scored s, PetrarchBaseline baseline) {
    scored.add(s);
    Counts c = counts(s.predicted().relation());
    if (!s.correct()) {
      c.fp++;
      PredictedTriple p = s.predicted();
      errors.add(String.format(Locale.ROOT, "FP %s %s(%s, %s) %.2f %s %s/%s | %s", article, p.relation(), p.subject(),
          p.object(), p.confidence(), p.rule(), p.polarity(), p.modality(), p.sentence()));
      return;
    }
    c.tp++;
    TripleGold.GoldTriple g = s.gold();
    PredictedTriple p = s.predicted();
    if (g.polarity() != null) {
      polarity.add(g.polarity().equals(p.polarity()));
    }
    if (g.modality() != null) {
      modality.add(g.modality().equals(p.modality()));
    }
    if (!g.location().isEmpty() || p.location() != null) {
      location.add(!g.location().isEmpty() && p.location() != null && TripleScorer.location(g.location(), p.location()));
    }
    String goldCameo = goldCameo(g);
    if (goldCameo != null) {
      cameo.add(goldCameo.equals(p.cameoCode()));
      if (baseline != null) {
        baselineCameo.add(goldCameo.equals(baseline.code(p.sentence())));
      }
    }
  }

  void reach(TripleGold.GoldTriple g, boolean found) {
    reachCounted = true;
    int kind = g.relation().isFact() ? 1 : 0;
    reach[kind][0]++;
    reach[kind][1] += found ? 1 : 0;
  }

  void missed(TripleGold.GoldTriple g) {
    missed.add(g);
    errors.add(String.format(Locale.ROOT, "FN %s %s(%s%s, %s%s) %s/%s cue=%s", article, g.relation().label(),
        g.subject().tokens(), g.subject().key() == null ? "" : "=" + g.subject().key(), g.object().tokens(),
        g.object().key() == null ? "" : "=" + g.object().key(), g.polarityOrDefault(), g.modality(), g.cue()));
    counts(g.relation().label()).fn++;
    if (goldCameo(g) != null) {
      goldEvents++;
    }
  }

  /** The CAMEO code a gold event should carry: its own cameo field, else the relation's (046 for مفاوضات). */
  static String goldCameo(TripleGold.GoldTriple g) {
    if (g.cameo() != null) {
      return g.cameo();
    }
    if (g.relation() == Relation.HOLD_TALKS && g.cue() != null && TripleScorer.normalize(g.cue()).contains("مفاوض")) {
      return "046";
    }
    return g.relation().cameoCode();
  }

  private Counts counts(String relation) {
    return byRelation.computeIfAbsent(relation, k -> new Counts());
  }

  /** Micro-averaged counts over relations: all, events only (facts = false) or facts only (true). */
  public Counts overall(Boolean facts) {
    Counts total = new Counts();
    byRelation.forEach((relation, c) -> {
      if (facts == null || Relation.fromLabel(relation).isFact() == facts) {
        total.add(c);
      }
    });
    return total;
  }

  public Counts relation(String label) {
    return byRelation.getOrDefault(label, new Counts());
  }

  /** Among scored predictions with confidence ≥ threshold: [count, correct]. */
  public int[] atLeast(double threshold) {
    int n = 0;
    int correct = 0;
    for (TripleScorer.Scored s : scored) {
      if (s.predicted().confidence() >= threshold - FLOAT_SLACK) {
        n++;
        correct += s.correct() ? 1 : 0;
      }
    }
    return new int[] {n, correct};
  }

  /** TripleGold events (relations with a CAMEO code) whose code a matched triple of ours carries. */
  int eventsCodedRight() {
    return cameo.agreed;
  }

  /** Every false positive and false negative, one per line, for error analysis. */
  public String errors() {
    return String.join("\n", errors) + "\n";
  }

  /** The report as Markdown tables. */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d gold articles, %d scored predictions, %d duplicates set aside%n%n",
        articles, scored.size(), duplicates));
    if (!missingDocs.isEmpty()) {
      b.append("TripleGold articles the run did not read: ").append(String.join(", ", missingDocs)).append("\n\n");
    }
    b.append("| relation | gold | predicted | TP | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
    byRelation.forEach((relation, c) -> row(b, relation, c));
    row(b, "**events**", overall(false));
    row(b, "**facts**", overall(true));
    row(b, "**all**", overall(null));
    b.append("\n| attribute (matched triples) | compared | agree | share |\n|---|---:|---:|---:|\n");
    agreement(b, "polarity", polarity);
    agreement(b, "modality", modality);
    agreement(b, "location", location);
    agreement(b, "cameo_code", cameo);
    b.append("\n| confidence | predictions | correct | precision |\n|---|---:|---:|---:|\n");
    for (int i = 0; i < BINS.length; i++) {
      double lo = BINS[i];
      double hi = i + 1 < BINS.length ? BINS[i + 1] : 1.0000001;
      int n = 0;
      int correct = 0;
      for (TripleScorer.Scored s : scored) {
        double c = s.predicted().confidence();
        if (c >= lo - FLOAT_SLACK && c < hi - FLOAT_SLACK) {
          n++;
          correct += s.correct() ? 1 : 0;
        }
      }
      b.append(String.format(Locale.ROOT, "| [%.1f, %s | %d | %d | %s |%n", lo,
          i + 1 < BINS.length ? String.format(Locale.ROOT, "%.1f)", hi) : "1.0]", n, correct, share(correct, n)));
    }
    int[] high = atLeast(0.8);
    b.append(String.format(Locale.ROOT, "| **≥ 0.8** | %d | %d | %s |%n", high[0], high[1], share(high[1], high[0])));
    int events = cameo.compared + goldEvents;
    b.append(String.format(Locale.ROOT, "%nCAMEO: of %d gold events, %d are found with the right code (%s).%n", events,
        cameo.agreed, share(cameo.agreed, events)));
    if (reachCounted) {
      b.append(String.format(Locale.ROOT,
          "%nWithin reach of the recognizer (both arguments are entity mentions of the article): %d of %d gold events "
              + "(%s), %d of %d gold facts (%s).%n",
          reach[0][1], reach[0][0], share(reach[0][1], reach[0][0]), reach[1][1], reach[1][0],
          share(reach[1][1], reach[1][0])));
    }
    if (baselineCameo.compared > 0) {
      b.append(String.format(Locale.ROOT,
          "On the %d gold events found, our code is right for %d (%s); a naive UniversalPetrarch verb lookup on the "
              + "same sentences gives the right code for %d (%s).%n",
          cameo.compared, cameo.agreed, share(cameo.agreed, cameo.compared), baselineCameo.agreed,
          share(baselineCameo.agreed, baselineCameo.compared)));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, c.tp + c.fn, c.tp + c.fp,
        c.tp, c.precision(), c.recall(), c.f1()));
  }

  private static void agreement(StringBuilder b, String name, Agreement a) {
    b.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", name, a.compared, a.agreed,
        share(a.agreed, a.compared)));
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }
}
