package org.arabicnews.triples.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * Trains the Arabic name finder on the training part of ANERcorp's fixed split and writes the model.
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.entities.ner.TrainNameFinder \
 *   [--corpus ../shared/corpora/anercorp/ANERCorp.txt] [--out pipeline/src/main/resources/.../ner/ar-ner.bin]
 * </pre>
 */
public final class TrainNameFinder {
  static final String DEFAULT_CORPUS = "../shared/corpora/anercorp/ANERCorp.txt";
  static final String DEFAULT_OUT = "pipeline/src/main/resources/org/arabicnews/triples/entities/ner/ar-ner.bin";
  static final String FEATURES = "/org/arabicnews/triples/entities/ner/features.xml";
  /** ANERcorp has no article breaks; the name finder's per-document memory is reset every this many sentences. */
  public static final int SENTENCES_PER_DOCUMENT = 16;

  private TrainNameFinder() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Cli.parse(args, Map.of("corpus", DEFAULT_CORPUS, "out", DEFAULT_OUT,
        "algorithm", "PERCEPTRON", "iterations", "300", "cutoff", "0"));
    Path corpus = Path.of(options.get("corpus"));
    Path out = Path.of(options.get("out"));
    long started = System.nanoTime();
    List<LabeledSentence> train = NerCorpora.anercorpTrain(corpus);
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.get("algorithm"));
    params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(options.get("iterations")));
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(options.get("cutoff")));
    TokenNameFinderModel model = train(train, params);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    Path fingerprint = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", "") + ".gazetteer");
    Files.writeString(fingerprint, Gazetteer.shared().fingerprint() + "\n");
    System.out.printf("trained on %d sentences in %.0f s; wrote %s (%d bytes)%n", train.size(),
        (System.nanoTime() - started) / 1e9, out, Files.size(out));
  }

  static TokenNameFinderModel train(List<LabeledSentence> sentences, TrainingParameters params) throws IOException {
    byte[] descriptor;
    try (InputStream in = TrainNameFinder.class.getResourceAsStream(FEATURES)) {
      descriptor = in.readAllBytes();
    }
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(null, descriptor, Collections.emptyMap(), new BioCodec());
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      samples.add(sample(sentences.get(i), i % SENTENCES_PER_DOCUMENT == 0));
    }
    return NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), params, factory);
  }

  static NameSample sample(LabeledSentence sentence, boolean documentStart) {
    List<Span> spans = new ArrayList<>();
    for (LabeledSentence.Mention m : sentence.mentions()) {
      spans.add(new Span(m.start(), m.end(), m.type()));
    }
    return new NameSample(normalized(sentence.tokens()), spans.toArray(Span[]::new), documentStart);
  }

  /** Tokens as the name finder sees them: under the match profile, as the pipeline's tokens are. */
  public static String[] normalized(List<String> tokens) {
    ArabicNormalizer match = ArabicNormalizer.match();
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = match.normalizeToString(tokens.get(i));
    }
    return out;
  }
}
