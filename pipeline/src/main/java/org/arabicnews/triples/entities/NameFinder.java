package org.arabicnews.triples.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained Arabic name finder (an Apache OpenNLP model committed as a resource; see docs/entities.md for
 * how it is trained). The model is read once per class loader; finding is thread-safe.
 */
public final class NameFinder {
  static final int MAX_WINDOW = 256;

  static final String MODEL = "/org/arabicnews/triples/entities/ner/ar-ner.bin";
  /** Written beside the model: the fingerprint of the gazetteer it was trained with. */
  static final String MODEL_GAZETTEER = "/org/arabicnews/triples/entities/ner/ar-ner.gazetteer";

  private final ThreadSafeNameFinderME finder;

  public NameFinder(TokenNameFinderModel model) {
    this.finder = new ThreadSafeNameFinderME(model);
  }

  /** The committed model, read on first use. */
  public static NameFinder shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final NameFinder INSTANCE = new NameFinder(load());
  }

  private static TokenNameFinderModel load() {
    try (InputStream in = NameFinder.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("name finder model missing: " + MODEL);
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  /** Fingerprint of the gazetteer the committed model was trained with. */
  public static String trainedGazetteerFingerprint() {
    try (InputStream in = NameFinder.class.getResourceAsStream(MODEL_GAZETTEER)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new document: forgets what earlier sentences taught the adaptive features. */
  public void newDocument() {
    finder.clearAdaptiveData();
  }

  /**
   * Names in one sentence of match-normalized words, typed with the corpus labels (PERS, LOC, ORG, MISC).
   * A sentence longer than {@link #MAX_WINDOW} words (a flattened list, a page without punctuation) is read
   * in windows of that size: over hundreds of thousands of words the beam search's scores underflow and it
   * finds no sequence at all.
   */
  public List<Span> find(String[] words) {
    if (words.length <= MAX_WINDOW) {
      return words.length == 0 ? List.of() : List.of(finder.find(words));
    }
    List<Span> spans = new ArrayList<>();
    for (int from = 0; from < words.length; from += MAX_WINDOW) {
      int to = Math.min(words.length, from + MAX_WINDOW);
      for (Span span : finder.find(Arrays.copyOfRange(words, from, to))) {
        spans.add(new Span(span.getStart() + from, span.getEnd() + from, span.getType(), span.getProb()));
      }
    }
    return spans;
  }
}
