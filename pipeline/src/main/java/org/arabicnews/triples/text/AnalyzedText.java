package org.arabicnews.triples.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body cut into sentences ({@link SentenceSplitter}) and tokens with their clitic analysis
 * ({@link Tokenizer}, the whole article counting as evidence), the input of entity and relation extraction.
 * Offsets point into {@link #text()}.
 */
public final class AnalyzedText {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final String text;
  private final List<Sentence> sentences;

  private AnalyzedText(String text, List<Sentence> sentences) {
    this.text = text;
    this.sentences = sentences;
  }

  public static AnalyzedText of(String text) {
    List<int[]> spans = SPLITTER.split(text);
    List<List<Token>> tokens = TOKENIZER.tokenize(text, spans);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      sentences.add(new Sentence(k, spans.get(k)[0], spans.get(k)[1], tokens.get(k)));
    }
    return new AnalyzedText(text, List.copyOf(sentences));
  }

  public String text() {
    return text;
  }

  public List<Sentence> sentences() {
    return sentences;
  }
}
