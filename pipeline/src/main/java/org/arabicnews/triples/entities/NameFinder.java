package org.arabicnews.triples.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained Arabic name finder (an Apache OpenNLP model committed as a resource; see docs/entities.md for
 * how it is trained). The model is read once per class loader; finding is thread-safe.
 */
public final class NameFinder {
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

  /** Names in one sentence of match-normalized words, typed with the corpus labels (PERS, LOC, ORG, MISC). */
  public List<Span> find(String[] words) {
    Span[] spans = finder.find(words);
    return List.of(spans);
  }
}
