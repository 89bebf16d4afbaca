package org.arabicnews.triples.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arabicnews.triples.relations.Relation;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * Scores predicted triples against a gold file.
 *
 * <p>Rules (docs/relations.md, "Scoring"), as docs/gold-guidelines.md promises:
 *
 * <ul>
 *   <li>Only articles (doc and segment) the gold file lists are scored; a listed article with no gold triples
 *       still counts its predictions as false positives.
 *   <li>An article's predictions are first made distinct by (relation, subject, object, polarity), each argument
 *       by its canonical key or else its match-normalized surface, either order for a symmetric relation; the
 *       highest confidence is kept.
 *   <li>A prediction matches a gold triple when relation and polarity are the same and each argument matches:
 *       its canonical key equals the gold key, or one of the gold tokens, match-normalized, occurs inside its
 *       match-normalized surface. Direction is strict except for symmetric relations and gold triples marked
 *       {@code unordered}.
 *   <li>Predictions are matched one to one, highest confidence first. A prediction that matches only gold
 *       triples already matched restates a true fact: it is counted apart as a duplicate, neither right nor
 *       wrong.
 * </ul>
 */
public final class TripleScorer {
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  /** An article of the run: which file it came from, its record id and segment. */
  public record ArticleRef(String inputUri, String recordId, int segment) {}

  /** A scored prediction: whether it matched, and the gold triple it matched. */
  public record Scored(PredictedTriple predicted, TripleGold.GoldTriple gold) {
    boolean correct() {
      return gold != null;
    }
  }

  private TripleScorer() {}

  /**
   * Scores {@code predicted} against {@code gold}.
   *
   * @param run the articles of the run, to tell a gold article the run never read from one it found nothing in
   * @param baseline a CAMEO baseline to compare with, or null
   */
  public static TripleReport score(List<TripleGold.Article> gold, List<PredictedTriple> predicted, List<ArticleRef> run,
      PetrarchBaseline baseline) {
    return score(gold, predicted, run, baseline, null);
  }

  /**
   * As {@link #score(List, List, List, PetrarchBaseline)}, also counting the gold triples both of whose arguments
   * are among the run's entity mentions of the article (the most a relation stage can find with that recognizer).
   *
   * @param mentions the run's entity mentions, or null to skip that count
   */
  public static TripleReport score(List<TripleGold.Article> gold, List<PredictedTriple> predicted, List<ArticleRef> run,
      PetrarchBaseline baseline, List<TriplesTable.Mention> mentions) {
    TripleReport report = new TripleReport();
    for (TripleGold.Article article : gold) {
      boolean read = false;
      for (ArticleRef ref : run) {
        read |= ref.segment() == article.segment()
            && PredictedTriple.docMatches(article.doc(), ref.inputUri(), ref.recordId());
      }
      if (!read) {
        report.missingDocs.add(article.doc() + "#" + article.segment());
      }
      List<PredictedTriple> mine = new ArrayList<>();
      for (PredictedTriple p : predicted) {
        if (p.segment() == article.segment() && p.inDoc(article.doc())) {
          mine.add(p);
        }
      }
      report.article = article.doc() + "#" + article.segment();
      scoreArticle(article, distinct(mine), report, baseline);
      if (mentions != null) {
        reach(article, mentions, report);
      }
    }
    report.articles = gold.size();
    return report;
  }

  private static void scoreArticle(TripleGold.Article article, List<PredictedTriple> predictions, TripleReport report,
      PetrarchBaseline baseline) {
    List<TripleGold.GoldTriple> open = new ArrayList<>(article.triples());
    predictions.sort(Comparator.comparingDouble(PredictedTriple::confidence).reversed());
    for (PredictedTriple p : predictions) {
      TripleGold.GoldTriple hit = null;
      for (TripleGold.GoldTriple g : open) {
        if (matches(p, g)) {
          hit = g;
          break;
        }
      }
      if (hit != null) {
        open.remove(hit);
        report.add(new Scored(p, hit), baseline);
        continue;
      }
      boolean duplicate = false;
      for (TripleGold.GoldTriple g : article.triples()) {
        duplicate |= matches(p, g);
      }
      if (duplicate) {
        report.duplicates++;
      } else {
        report.add(new Scored(p, null), baseline);
      }
    }
    for (TripleGold.GoldTriple g : open) {
      report.missed(g);
    }
  }

  private static void reach(TripleGold.Article article, List<TriplesTable.Mention> mentions, TripleReport report) {
    List<TriplesTable.Mention> mine = new ArrayList<>();
    for (TriplesTable.Mention m : mentions) {
      if (m.article().segment() == article.segment()
          && PredictedTriple.docMatches(article.doc(), m.article().inputUri(), m.article().recordId())) {
        mine.add(m);
      }
    }
    for (TripleGold.GoldTriple g : article.triples()) {
      boolean subject = false;
      boolean object = false;
      for (TriplesTable.Mention m : mine) {
        subject |= argument(g.subject(), m.surface(), m.key());
        object |= argument(g.object(), m.surface(), m.key());
      }
      report.reach(g, subject && object);
    }
  }

  static boolean matches(PredictedTriple p, TripleGold.GoldTriple g) {
    if (!g.relation().label().equals(p.relation()) || !g.polarityOrDefault().equals(p.polarity())) {
      return false;
    }
    if (argument(g.subject(), p.subject(), p.subjectKey()) && argument(g.object(), p.object(), p.objectKey())) {
      return true;
    }
    return (g.relation().symmetric() || g.unordered())
        && argument(g.subject(), p.object(), p.objectKey()) && argument(g.object(), p.subject(), p.subjectKey());
  }

  /** Whether a predicted argument (surface and key) matches a gold argument. */
  static boolean argument(TripleGold.Argument gold, String surface, String key) {
    if (gold.key() != null && key != null && normalize(gold.key()).equals(normalize(key))) {
      return true;
    }
    if (surface == null) {
      return false;
    }
    String normalizedSurface = normalize(surface);
    for (String token : gold.tokens()) {
      String t = normalize(token);
      if (!t.isEmpty() && normalizedSurface.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a predicted location names the gold location (any gold token among its words). */
  static boolean location(List<String> gold, String predicted) {
    return argument(new TripleGold.Argument(gold, null), predicted, null);
  }

  static String normalize(String s) {
    return MATCH.normalizeToString(s.strip()).replaceAll("\\s+", " ");
  }

  private static List<PredictedTriple> distinct(List<PredictedTriple> predictions) {
    Map<String, PredictedTriple> kept = new LinkedHashMap<>();
    for (PredictedTriple p : predictions) {
      String s = identity(p.subject(), p.subjectKey());
      String o = identity(p.object(), p.objectKey());
      boolean symmetric = Relation.fromLabel(p.relation()).symmetric();
      String key = p.relation() + "|" + p.polarity() + "|" + (symmetric && s.compareTo(o) > 0 ? o + "|" + s : s + "|" + o);
      PredictedTriple previous = kept.get(key);
      if (previous == null || p.confidence() > previous.confidence()) {
        kept.put(key, p);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private static String identity(String surface, String key) {
    return key != null ? "k:" + normalize(key) : "s:" + normalize(surface);
  }
}
