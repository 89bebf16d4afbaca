package org.arabicnews.triples.text;

import java.util.ArrayList;
import java.util.List;

/** An article body cut into sentences and tokens, the input of entity and relation extraction. */
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
    List<Sentence> sentences = new ArrayList<>();
    for (int[] span : SPLITTER.split(text)) {
      sentences.add(new Sentence(sentences.size(), span[0], span[1], TOKENIZER.tokenize(text, span[0], span[1])));
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
