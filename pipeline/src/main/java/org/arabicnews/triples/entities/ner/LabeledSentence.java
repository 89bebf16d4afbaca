package org.arabicnews.triples.entities.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A gold sentence of an NER corpus: tokens and one BIO tag per token ({@code O}, {@code B-X}, {@code I-X}).
 *
 * @param tokens the tokens as the corpus writes them
 * @param tags one tag per token
 */
public record LabeledSentence(List<String> tokens, List<String> tags) {
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  /** The entity spans, read the conlleval way: an I-X after O or after another type opens a new span. */
  public List<Mention> mentions() {
    List<Mention> mentions = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : null;
      boolean continues = t != null && tag.startsWith("I-") && t.equals(type);
      if (!continues) {
        if (type != null) {
          mentions.add(new Mention(type, start, i));
        }
        type = t;
        start = i;
      }
    }
    return mentions;
  }

  /**
   * An entity span over token indexes.
   *
   * @param type the corpus' type label
   * @param start first token
   * @param end one past the last token
   */
  public record Mention(String type, int start, int end) {}
}
