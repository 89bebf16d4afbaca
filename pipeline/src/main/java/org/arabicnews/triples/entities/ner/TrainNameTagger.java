package org.arabicnews.triples.entities.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.entities.NameTagger;
import org.arabicnews.triples.entities.NameTaggerTrainer;
import org.arabicnews.triples.entities.TaggerFeatures;
import org.arabicnews.triples.entities.WordClusters;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * Trains the Arabic name tagger on the training part of ANERcorp's fixed split and writes the model.
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.entities.ner.TrainNameTagger \
 *   [--corpus ../shared/corpora/anercorp/ANERCorp.txt] [--out pipeline/src/main/resources/.../ner/ar-ner-tagger.bin.gz]
 *   [--epochs 20] [--bits 20] [--seed 1] [--dev 0]
 * </pre>
 *
 * <p>With {@code --dev 0.1}, the last tenth of the training part is held out instead: the command trains on the
 * rest, prints the tagger's scores on the held-out part after each epoch (how the epoch count is chosen, with the
 * test part untouched), and writes nothing.
 */
public final class TrainNameTagger {
  static final String DEFAULT_CORPUS = "../shared/corpora/anercorp/ANERCorp.txt";
  static final String DEFAULT_OUT =
      "pipeline/src/main/resources/org/arabicnews/triples/entities/ner/ar-ner-tagger.bin.gz";
  /** ANERcorp's types, in the model's label order. */
  static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
  /** ANERcorp has no article breaks; the tagger's per-document memory is reset every this many sentences. */
  public static final int SENTENCES_PER_DOCUMENT = 16;

  private TrainNameTagger() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Cli.parse(args, Map.of("corpus", DEFAULT_CORPUS, "out", DEFAULT_OUT,
        "epochs", "20", "bits", "20", "seed", "1", "dev", "0"));
    long started = System.nanoTime();
    List<LabeledSentence> train = NerCorpora.anercorpTrain(Path.of(options.get("corpus")));
    double devShare = Double.parseDouble(options.get("dev"));
    NameTaggerTrainer trainer = new NameTaggerTrainer(TYPES, Integer.parseInt(options.get("bits")),
        new TaggerFeatures(Gazetteer.shared(), WordClusters.shared()), Long.parseLong(options.get("seed")));
    int epochs = Integer.parseInt(options.get("epochs"));
    if (devShare > 0) {
      int cut = (int) Math.floor(train.size() * (1 - devShare));
      List<LabeledSentence> dev = train.subList(cut, train.size());
      trainer.train(examples(train.subList(0, cut)), epochs, (model, epoch) -> System.out.printf(
          "epoch %d: dev micro-F1 %.1f%n", epoch, EvaluateNer.tagger(model, dev, "PERS").micro().f1()));
      return;
    }
    NameTagger model = trainer.train(examples(train), epochs, null);
    Path out = Path.of(options.get("out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    }
    System.out.printf("trained on %d sentences, %d epochs, in %.0f s; wrote %s (%d bytes)%n", train.size(), epochs,
        (System.nanoTime() - started) / 1e9, out, Files.size(out));
  }

  /** Training examples: words under the match profile, BIO tags read the conlleval way, documents of 16. */
  static List<NameTaggerTrainer.Example> examples(List<LabeledSentence> sentences) {
    List<NameTaggerTrainer.Example> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      LabeledSentence s = sentences.get(i);
      String[] tags = new String[s.tokens().size()];
      Arrays.fill(tags, "O");
      for (LabeledSentence.Mention m : s.mentions()) {
        for (int k = m.start(); k < m.end(); k++) {
          tags[k] = (k == m.start() ? "B-" : "I-") + m.type();
        }
      }
      out.add(new NameTaggerTrainer.Example(normalized(s.tokens()), tags, i % SENTENCES_PER_DOCUMENT == 0));
    }
    return out;
  }

  /** Tokens as the tagger sees them: under the match profile, as the pipeline's tokens are. */
  public static String[] normalized(List<String> tokens) {
    ArabicNormalizer match = ArabicNormalizer.match();
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = match.normalizeToString(tokens.get(i));
    }
    return out;
  }
}
