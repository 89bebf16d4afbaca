package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.text.SentenceSplitter;
import org.arabicnews.triples.text.Token;
import org.arabicnews.triples.text.Tokenizer;

/**
 * Accuracy of the sentence splitter and of the clitic analysis against the hand annotations in testdata/annotations/text,
 * split by source (our testdata pages, SaudiNewsNet articles). Run from the repository root:
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.eval.TextLayerEval [--errors]
 * </pre>
 *
 * <p>SaudiNewsNet documents are read from ../shared (or the folder given by -Dshared.dir) and skipped when it
 * is absent.
 */
public final class TextLayerEval {
  private TextLayerEval() {}

  /** Boundary detection counts: a boundary is the end offset of a sentence that is not the document's last. */
  public record Boundaries(int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }
  }

  /** Clitic analysis counts over annotated words. */
  public record Clitics(int words, int wordsCorrect, int goldSplits, int predictedSplits, int correctSplits) {
    /** Share of words whose proclitic and enclitic are both exactly right. */
    public double wordAccuracy() {
      return words == 0 ? 0 : (double) wordsCorrect / words;
    }

    /** Split points (after each proclitic letter group, before the enclitic) found among those predicted. */
    public double splitPrecision() {
      return predictedSplits == 0 ? 0 : (double) correctSplits / predictedSplits;
    }

    public double splitRecall() {
      return goldSplits == 0 ? 0 : (double) correctSplits / goldSplits;
    }
  }

  /** Results for one source. */
  public record Result(String source, int documents, Boundaries sentences, Clitics clitics, List<String> errors) {}

  /** Evaluates the documents of one source: "testdata" or "saudinewsnet". */
  public static Result evaluate(String source, Path gold, Path testdata, Path shared) throws IOException {
    Map<String, String> texts = new HashMap<>();
    Map<String, List<Integer>> sentenceEnds = new HashMap<>();
    Gold.sentenceEnds(gold).forEach((doc, ends) -> {
      if (sourceOf(doc).equals(source)) {
        sentenceEnds.put(doc, ends);
      }
    });
    List<Gold.CliticSplit> splits = Gold.clitics(gold).stream().filter(s -> sourceOf(s.doc()).equals(source)).toList();
    Map<String, String> corpus = source.equals("saudinewsnet") ? Documents.saudiNewsNet(shared) : Map.of();
    Set<String> docs = new HashSet<>(sentenceEnds.keySet());
    splits.forEach(s -> docs.add(s.doc()));
    for (String doc : docs) {
      String text = doc.startsWith("snn:") ? corpus.get(doc) : Documents.testdata(testdata, doc.substring("testdata:".length()));
      if (text == null) {
        throw new IOException("gold names a document the corpus lacks: " + doc);
      }
      texts.put(doc, text);
    }
    List<String> errors = new ArrayList<>();
    return new Result(source, docs.size(), sentences(texts, sentenceEnds, errors), clitics(texts, splits, errors), errors);
  }

  private static String sourceOf(String doc) {
    return doc.startsWith("snn:") ? "saudinewsnet" : "testdata";
  }

  private static Boundaries sentences(Map<String, String> texts, Map<String, List<Integer>> gold, List<String> errors) {
    SentenceSplitter splitter = new SentenceSplitter();
    int goldCount = 0;
    int predicted = 0;
    int correct = 0;
    for (Map.Entry<String, List<Integer>> doc : gold.entrySet()) {
      List<int[]> spans = splitter.split(texts.get(doc.getKey()));
      Set<Integer> found = new HashSet<>();
      for (int k = 0; k < spans.size() - 1; k++) {
        found.add(spans.get(k)[1]);
      }
      Set<Integer> expected = new HashSet<>(doc.getValue());
      goldCount += expected.size();
      predicted += found.size();
      for (int end : found) {
        if (expected.contains(end)) {
          correct++;
        } else {
          errors.add("sentence " + doc.getKey() + " extra boundary at " + end);
        }
      }
      for (int end : expected) {
        if (!found.contains(end)) {
          errors.add("sentence " + doc.getKey() + " missed boundary at " + end);
        }
      }
    }
    return new Boundaries(goldCount, predicted, correct);
  }

  private static Clitics clitics(Map<String, String> texts, List<Gold.CliticSplit> gold, List<String> errors)
      throws IOException {
    Map<String, int[]> perDocument = new java.util.TreeMap<>();
    Tokenizer tokenizer = new Tokenizer();
    Map<String, Map<Integer, Token>> tokensByDoc = new HashMap<>();
    int wordsCorrect = 0;
    int goldSplits = 0;
    int predictedSplits = 0;
    int correctSplits = 0;
    for (Gold.CliticSplit split : gold) {
      Map<Integer, Token> tokens = tokensByDoc.computeIfAbsent(split.doc(), doc -> {
        String text = texts.get(doc);
        Map<Integer, Token> byStart = new HashMap<>();
        tokenizer.tokenize(text, 0, text.length()).forEach(t -> byStart.put(t.start(), t));
        return byStart;
      });
      Token token = tokens.get(split.start());
      if (token == null || token.end() != split.end()) {
        throw new IOException("no token at " + split.doc() + " " + split.start() + ".." + split.end());
      }
      boolean right = token.proclitic().equals(split.proclitic()) && token.enclitic().equals(split.enclitic());
      perDocument.computeIfAbsent(split.doc(), d -> new int[2])[right ? 0 : 1]++;
      if (right) {
        wordsCorrect++;
      } else {
        errors.add("clitic " + split.doc() + " " + split.start() + " gold " + split.proclitic() + "+…+"
            + split.enclitic() + " got " + token.proclitic() + "+" + token.stem() + "+" + token.enclitic());
      }
      Set<Integer> expected = splitPoints(split.proclitic(), split.enclitic(), token.norm().length());
      Set<Integer> found = splitPoints(token.proclitic(), token.enclitic(), token.norm().length());
      goldSplits += expected.size();
      predictedSplits += found.size();
      found.retainAll(expected);
      correctSplits += found.size();
    }
    perDocument.forEach((doc, counts) -> errors.add(String.format("clitic word accuracy %s: %d/%d", doc, counts[0],
        counts[0] + counts[1])));
    return new Clitics(gold.size(), wordsCorrect, goldSplits, predictedSplits, correctSplits);
  }

  /** Offsets in the norm where a clitic boundary falls: after the proclitic, before the enclitic. */
  private static Set<Integer> splitPoints(String proclitic, String enclitic, int length) {
    Set<Integer> points = new HashSet<>();
    if (!proclitic.isEmpty()) {
      points.add(proclitic.length());
    }
    if (!enclitic.isEmpty()) {
      points.add(length - enclitic.length());
    }
    return points;
  }

  public static void main(String[] args) throws IOException {
    boolean showErrors = List.of(args).contains("--errors");
    Path gold = Path.of("testdata/annotations/text");
    Path testdata = Path.of("testdata");
    Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
    List<String> sources = new ArrayList<>(List.of("testdata"));
    if (Files.exists(shared.resolve(Documents.SAUDINEWSNET))) {
      sources.add("saudinewsnet");
    } else {
      System.out.println("(" + shared + " absent: SaudiNewsNet documents skipped)");
    }
    System.out.println("| source | docs | sentence boundaries (gold) | precision | recall | F1 | words (gold) "
        + "| clitic word accuracy | split precision | split recall |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (String source : sources) {
      Result r = evaluate(source, gold, testdata, shared);
      System.out.printf("| %s | %d | %d | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f |%n", source, r.documents(),
          r.sentences().gold(), r.sentences().precision(), r.sentences().recall(), r.sentences().f1(),
          r.clitics().words(), r.clitics().wordAccuracy(), r.clitics().splitPrecision(), r.clitics().splitRecall());
      if (showErrors) {
        r.errors().forEach(System.out::println);
      }
    }
  }
}
