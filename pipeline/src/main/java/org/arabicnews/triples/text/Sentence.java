package org.arabicnews.triples.text;

import java.util.List;

/**
 * A sentence of the original text.
 *
 * @param index 0-based position in the text
 * @param start offset of the first char
 * @param end offset one past the last char
 * @param tokens the tokens, in order
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
