package org.arabicnews.triples.entities.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Readers for the NER corpora we train and evaluate on, and the fixed ANERcorp split.
 *
 * <p>ANERcorp ({@code ANERCorp.txt}) is one "token TAG" pair per line with no sentence breaks. A sentence ends
 * after a sentence-final token ({@code .}, {@code ؟}, {@code ?}, {@code !}). A line with more than two fields
 * keeps its first field as the token and its last as the tag; a line with no token is skipped. Tags are the
 * corpus' own: B/I-PERS, LOC, ORG, MISC.
 *
 * <p>The split: the first 80% of those sentences (rounded down) train, the last 20% test, in corpus order.
 *
 * <p>AQMAR ({@code *.txt}, CoNLL, blank line between sentences) is read with PER, LOC and ORG kept and every
 * other tag (the article-specific MIS0-3 and the few malformed tags) read as O, except that a doubled hyphen
 * ({@code I--ORG}) is read as the tag it evidently means.
 */
public final class NerCorpora {
  static final Set<String> SENTENCE_FINAL = Set.of(".", "؟", "?", "!");
  private static final Set<String> AQMAR_TYPES = Set.of("PER", "LOC", "ORG");
  /** Share of ANERcorp's sentences, from the start, that trains the model. */
  public static final double ANERCORP_TRAIN_SHARE = 0.8;

  private NerCorpora() {}

  /** ANERcorp's sentences, in corpus order. */
  public static List<LabeledSentence> anercorp(Path file) {
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : lines(file)) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length < 2 || fields[0].isEmpty()) {
        continue;
      }
      tokens.add(fields[0]);
      tags.add(fields[fields.length - 1]);
      if (SENTENCE_FINAL.contains(fields[0])) {
        sentences.add(new LabeledSentence(tokens, tags));
        tokens.clear();
        tags.clear();
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new LabeledSentence(tokens, tags));
    }
    return sentences;
  }

  /** The training part of the fixed split. */
  public static List<LabeledSentence> anercorpTrain(Path file) {
    List<LabeledSentence> all = anercorp(file);
    return all.subList(0, trainSize(all.size()));
  }

  /** The test part of the fixed split. */
  public static List<LabeledSentence> anercorpTest(Path file) {
    List<LabeledSentence> all = anercorp(file);
    return all.subList(trainSize(all.size()), all.size());
  }

  static int trainSize(int sentences) {
    return (int) Math.floor(sentences * ANERCORP_TRAIN_SHARE);
  }

  /** Every sentence of the AQMAR files in {@code dir}, files in name order. */
  public static List<LabeledSentence> aqmar(Path dir) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LabeledSentence> sentences = new ArrayList<>();
    for (Path file : files) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String line : lines(file)) {
        String[] fields = line.trim().split("\\s+");
        if (line.isBlank()) {
          if (!tokens.isEmpty()) {
            sentences.add(new LabeledSentence(tokens, tags));
            tokens.clear();
            tags.clear();
          }
          continue;
        }
        tokens.add(fields[0]);
        tags.add(aqmarTag(fields[fields.length - 1]));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new LabeledSentence(tokens, tags));
      }
    }
    return sentences;
  }

  static String aqmarTag(String tag) {
    String t = tag.replace("--", "-");
    if (t.length() > 2 && (t.startsWith("B-") || t.startsWith("I-")) && AQMAR_TYPES.contains(t.substring(2))) {
      return t;
    }
    return "O";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
