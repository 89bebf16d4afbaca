package org.arabicnews.triples.entities.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.entities.WordClusters;
import org.arabicnews.triples.eval.Documents;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.Sentence;
import org.arabicnews.triples.text.Token;

/**
 * Learns the name tagger's word classes ({@link WordClasses}) from unlabeled text and writes them as a
 * word → class table, one column per number of classes: derived counts, no text. The text is the content of
 * the SaudiNewsNet articles, cut into sentences and tokens as the pipeline cuts them, and the tokens of
 * ANERcorp's training part (its labels unused); never its test part. Words are read as the tagger reads them:
 * match-normalized and folded.
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.entities.ner.BuildWordClusters \
 *   [--shared ../shared] [--classes 64,256,1024] [--min-count 3] [--iterations 20]
 *   [--out pipeline/src/main/resources/org/arabicnews/triples/entities/ner/word-clusters.tsv]
 * </pre>
 */
public final class BuildWordClusters {
  static final String DEFAULT_OUT = "pipeline/src/main/resources" + WordClusters.RESOURCE;

  private BuildWordClusters() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Cli.parse(args, Map.of("shared", "../shared", "out", DEFAULT_OUT,
        "classes", "64,256,1024", "min-count", "3", "iterations", "20"));
    long started = System.nanoTime();
    List<String[]> sentences = sentences(Path.of(options.get("shared")));
    WordClasses classes = new WordClasses(sentences, Integer.parseInt(options.get("min-count")));
    List<String> header = new ArrayList<>(List.of("word"));
    List<Map<String, Integer>> columns = new ArrayList<>();
    for (String n : options.get("classes").split(",")) {
      header.add("c" + n.trim());
      columns.add(classes.cluster(Integer.parseInt(n.trim()), Integer.parseInt(options.get("iterations")),
          System.out::println));
    }
    List<String> rows = new ArrayList<>(List.of(String.join("\t", header)));
    for (String word : new TreeSet<>(classes.vocabulary())) {
      StringBuilder row = new StringBuilder(word);
      columns.forEach(c -> row.append('\t').append(c.get(word)));
      rows.add(row.toString());
    }
    Path out = Path.of(options.get("out"));
    Files.write(out, rows, StandardCharsets.UTF_8);
    System.out.printf("%d sentences, %d words with a class; wrote %s in %.0f s%n", sentences.size(),
        rows.size() - 1, out, (System.nanoTime() - started) / 1e9);
  }

  static List<String[]> sentences(Path shared) throws IOException {
    Gazetteer gazetteer = Gazetteer.shared();
    List<String[]> sentences = new ArrayList<>();
    for (String content : Documents.saudiNewsNet(shared).values()) {
      for (Sentence s : AnalyzedText.of(content).sentences()) {
        List<Token> tokens = s.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
          words[i] = gazetteer.fold(tokens.get(i).norm());
        }
        sentences.add(words);
      }
    }
    for (LabeledSentence s : NerCorpora.anercorpTrain(shared.resolve("corpora/anercorp/ANERCorp.txt"))) {
      String[] words = TrainNameTagger.normalized(s.tokens());
      for (int i = 0; i < words.length; i++) {
        words[i] = gazetteer.fold(words[i]);
      }
      sentences.add(words);
    }
    return sentences;
  }
}
