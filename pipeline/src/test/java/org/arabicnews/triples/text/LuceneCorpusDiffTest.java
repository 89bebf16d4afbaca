package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arabicnews.triples.eval.Documents;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/**
 * Diffs {@code match} against Lucene's ArabicNormalizer over all SaudiNewsNet article text. Every char the
 * two treat differently must fall in a class docs/text.md explains; the counts are printed for the docs:
 * {@code mvn -B -o -q test -Dtest=LuceneCorpusDiffTest}.
 */
class LuceneCorpusDiffTest {
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  /** The documented classes of difference, first match wins; null for a char we treat as Lucene does. */
  private static String differenceClass(char c) {
    if (ArabicChars.isInvisibleControl(c)) {
      return "invisible controls removed";
    }
    if (c == ArabicChars.SUPERSCRIPT_ALEF) {
      return "superscript alef removed";
    }
    if (ArabicChars.isQuranicMark(c)) {
      return "Quranic marks removed";
    }
    if (c == ArabicChars.ALEF_WASLA) {
      return "alef wasla folded to alef";
    }
    if (ArabicChars.isPresentationForm(c)) {
      return "presentation forms to letters (NFKC)";
    }
    if (c >= ArabicChars.MADDAH_ABOVE && c <= ArabicChars.HAMZA_BELOW) {
      return "combining madda/hamza composed";
    }
    if ("\u06A9\u06BE\u06C0\u06C1\u06C3\u06CC\u06D2".indexOf(c) >= 0) {
      return "Persian/Urdu letter forms to Arabic";
    }
    String one = String.valueOf(c);
    return LuceneOracleTest.lucene(one).equals(MATCH.normalizeToString(one)) ? null : "UNEXPLAINED";
  }

  @Test
  void everyDifferenceFromLuceneOverSaudiNewsNetIsADocumentedClass() throws IOException {
    Map<String, String> docs = Documents.saudiNewsNet(Paths.shared(""));
    assertTrue(docs.size() > 2000);
    Map<String, long[]> classes = new TreeMap<>();
    List<String> unexplained = new ArrayList<>();
    long chars = 0;
    int differing = 0;
    for (Map.Entry<String, String> doc : docs.entrySet()) {
      String text = doc.getValue();
      chars += text.length();
      String ours = MATCH.normalizeToString(text);
      String lucene = LuceneOracleTest.lucene(text);
      assertEquals(ours, MATCH.normalizeToString(lucene), "Lucene's output is not on the way to ours in " + doc.getKey());
      if (!ours.equals(lucene)) {
        differing++;
      }
      Map<String, Integer> inDoc = new LinkedHashMap<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        String cls;
        ArabicChars.CharClass kind = ArabicChars.classOf(c);
        if (kind == ArabicChars.CharClass.SPACE || kind == ArabicChars.CharClass.LINE_BREAK) {
          int end = i;
          while (end < text.length() && (ArabicChars.classOf(text.charAt(end)) == ArabicChars.CharClass.SPACE
              || ArabicChars.classOf(text.charAt(end)) == ArabicChars.CharClass.LINE_BREAK)) {
            end++;
          }
          String run = text.substring(i, end);
          i = end - 1;
          cls = run.equals(MATCH.normalizeToString(run)) ? null : "whitespace runs collapsed to one space or break";
        } else {
          cls = differenceClass(c);
        }
        if (cls != null) {
          inDoc.merge(cls, 1, Integer::sum);
          if (cls.equals("UNEXPLAINED") && unexplained.size() < 20) {
            unexplained.add(doc.getKey() + " U+" + String.format("%04X", (int) c));
          }
        }
      }
      inDoc.forEach((cls, n) -> {
        long[] counts = classes.computeIfAbsent(cls, k -> new long[2]);
        counts[0] += n;
        counts[1]++;
      });
    }
    System.out.printf("match vs Lucene 9.12.3 over %d SaudiNewsNet articles (%d chars): %d articles differ%n",
        docs.size(), chars, differing);
    System.out.println("| class of difference | occurrences | articles |");
    System.out.println("|---|---|---|");
    classes.forEach((cls, counts) -> System.out.printf("| %s | %d | %d |%n", cls, counts[0], counts[1]));
    assertTrue(unexplained.isEmpty(), "differences from Lucene in no documented class: " + unexplained);
  }
}
