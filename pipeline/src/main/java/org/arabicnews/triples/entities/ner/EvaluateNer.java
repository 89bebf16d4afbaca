package org.arabicnews.triples.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.entities.NameTagger;
import org.arabicnews.triples.entities.TaggerFeatures;
import org.arabicnews.triples.entities.WordClusters;
import org.arabicnews.triples.text.AnalyzedText;

/**
 * Scores entity recognition against gold corpora, conlleval-style (exact span and type), and prints Markdown
 * tables. Run from the repository root:
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.entities.ner.EvaluateNer \
 *   [--anercorp ../shared/corpora/anercorp/ANERCorp.txt] [--aqmar ../shared/corpora/aqmar] [--model committed]
 * </pre>
 *
 * <p>Three systems on the test part of ANERcorp's fixed split ({@link NerCorpora}): the name tagger alone, our
 * gazetteers and patterns alone, and both as the pipeline runs them ({@link EntityRecognizer}). The pipeline's
 * mentions are read in ANERcorp's terms: PER → PERS, GPE and LOC → LOC, ORG → ORG; titles and nationalities
 * are not ANERcorp mentions, nor is a PER alias over a title. Sentences are read in documents of {@link
 * TrainNameTagger#SENTENCES_PER_DOCUMENT}, as in training. AQMAR is scored on PER, LOC and ORG, with every
 * system's output read the same way.
 */
public final class EvaluateNer {
  private final NameTagger tagger;
  private final Gazetteer gazetteer = Gazetteer.shared();

  EvaluateNer(NameTagger tagger) {
    this.tagger = tagger;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Cli.parse(args, Map.of("anercorp", TrainNameTagger.DEFAULT_CORPUS,
        "aqmar", "../shared/corpora/aqmar", "model", "committed"));
    EvaluateNer eval = new EvaluateNer(options.get("model").equals("committed") ? NameTagger.shared()
        : read(Path.of(options.get("model"))));
    List<LabeledSentence> test = NerCorpora.anercorpTest(Path.of(options.get("anercorp")));
    int tokens = test.stream().mapToInt(s -> s.tokens().size()).sum();
    System.out.printf("## ANERcorp test split: %d sentences, %d tokens%n%n", test.size(), tokens);
    System.out.println("### Name tagger alone\n\n" + eval.model(test).table());
    System.out.println("### Gazetteers and patterns alone\n\n" + eval.pipeline(test, false).table());
    SpanScores combined = eval.pipeline(test, true);
    System.out.println("### Pipeline (rules + model), all four ANERcorp types\n\n" + combined.table());
    System.out.println("### Pipeline (rules + model), PERS, LOC, ORG\n\n"
        + eval.pipeline(withoutMisc(test), true).table());
    List<LabeledSentence> aqmar = NerCorpora.aqmar(Path.of(options.get("aqmar")));
    System.out.printf("## AQMAR (out of domain): %d sentences, %d tokens%n%n", aqmar.size(),
        aqmar.stream().mapToInt(s -> s.tokens().size()).sum());
    System.out.println("### Name tagger alone\n\n" + eval.model(aqmar, "PER").table());
    System.out.println("### Pipeline (rules + model)\n\n" + eval.pipeline(aqmar, true, "PER").table());
  }

  private static NameTagger read(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return NameTagger.read(in, new TaggerFeatures(Gazetteer.shared(), WordClusters.shared()));
    }
  }

  /** Gold mentions of type MISC read as O. */
  static List<LabeledSentence> withoutMisc(List<LabeledSentence> sentences) {
    List<LabeledSentence> out = new ArrayList<>();
    for (LabeledSentence s : sentences) {
      out.add(new LabeledSentence(s.tokens(), s.tags().stream().map(t -> t.endsWith("-MISC") ? "O" : t).toList()));
    }
    return out;
  }

  SpanScores model(List<LabeledSentence> sentences) {
    return model(sentences, "PERS");
  }

  SpanScores model(List<LabeledSentence> sentences, String personLabel) {
    return tagger(tagger, sentences, personLabel);
  }

  /** A name tagger alone; {@code personLabel} is the corpus' label for persons. */
  static SpanScores tagger(NameTagger tagger, List<LabeledSentence> sentences, String personLabel) {
    SpanScores scores = new SpanScores();
    Set<String> goldTypes = goldTypes(sentences);
    NameTagger.Document document = null;
    for (int i = 0; i < sentences.size(); i++) {
      if (i % TrainNameTagger.SENTENCES_PER_DOCUMENT == 0) {
        document = tagger.newDocument();
      }
      LabeledSentence s = sentences.get(i);
      List<LabeledSentence.Mention> predicted = new ArrayList<>();
      for (NameTagger.Name name : document.find(TrainNameTagger.normalized(s.tokens()))) {
        String type = name.type().equals("PERS") ? personLabel : name.type();
        if (goldTypes.contains(type)) {
          predicted.add(new LabeledSentence.Mention(type, name.start(), name.end()));
        }
      }
      scores.add(s.mentions(), predicted);
    }
    return scores;
  }

  SpanScores pipeline(List<LabeledSentence> sentences, boolean withModel) {
    return pipeline(sentences, withModel, "PERS");
  }

  /** The recognizer, on documents rebuilt from the corpus' tokens, read back onto those tokens. */
  SpanScores pipeline(List<LabeledSentence> sentences, boolean withModel, String personLabel) {
    EntityRecognizer recognizer = new EntityRecognizer(gazetteer, withModel ? tagger : null);
    SpanScores scores = new SpanScores();
    int size = TrainNameTagger.SENTENCES_PER_DOCUMENT;
    for (int from = 0; from < sentences.size(); from += size) {
      List<LabeledSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + size));
      StringBuilder text = new StringBuilder();
      List<int[]> offsets = new ArrayList<>();
      for (LabeledSentence s : doc) {
        int[] starts = new int[s.tokens().size() + 1];
        for (int k = 0; k < s.tokens().size(); k++) {
          starts[k] = text.length();
          text.append(s.tokens().get(k)).append(k + 1 < s.tokens().size() ? " " : "");
        }
        starts[s.tokens().size()] = text.length();
        offsets.add(starts);
        text.append('\n');
      }
      List<Entity> entities = recognizer.recognize(AnalyzedText.of(text.toString()));
      for (int k = 0; k < doc.size(); k++) {
        scores.add(doc.get(k).mentions(), mentions(entities, offsets.get(k), personLabel));
      }
    }
    return scores;
  }

  /** The recognizer's mentions inside one sentence, as token spans with the corpus' labels. */
  static List<LabeledSentence.Mention> mentions(List<Entity> entities, int[] starts, String personLabel) {
    int n = starts.length - 1;
    Set<String> titleSpans = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.TITLE) {
        titleSpans.add(e.start() + ":" + e.end());
      }
    }
    Set<LabeledSentence.Mention> out = new LinkedHashSet<>();
    for (Entity e : entities) {
      String type = switch (e.type()) {
        case PER -> personLabel;
        case GPE, LOC -> "LOC";
        case ORG -> "ORG";
        default -> null;
      };
      if (type == null || e.start() < starts[0] || e.end() > starts[n]
          || titleSpans.contains(e.start() + ":" + e.end())) {
        continue;
      }
      int first = tokenAt(starts, e.start());
      int last = tokenAt(starts, e.end() - 1);
      out.add(new LabeledSentence.Mention(type, first, last + 1));
    }
    return new ArrayList<>(out);
  }

  private static int tokenAt(int[] starts, int offset) {
    int k = 0;
    while (k + 1 < starts.length - 1 && starts[k + 1] <= offset) {
      k++;
    }
    return k;
  }

  private static Set<String> goldTypes(List<LabeledSentence> sentences) {
    Set<String> types = new TreeSet<>();
    for (LabeledSentence s : sentences) {
      for (LabeledSentence.Mention m : s.mentions()) {
        types.add(m.type());
      }
    }
    return types;
  }
}
