package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arabicnews.triples.text.ArabicNormalizer;

/** The word classes of {@code words.tsv}, looked up by the match-normalized first token of a word. */
final class Words {
  /** One word of a class: its normalized tokens and the row's value ("" when none). */
  record Entry(WordClass wordClass, String[] tokens, String value) {
    int length() {
      return tokens.length;
    }

    int intValue() {
      return Integer.parseInt(value);
    }
  }

  private static final String RESOURCE = "words.tsv";

  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

  private Words() {}

  static Words load() {
    Words words = new Words();
    for (String[] row : Resources.rows(RESOURCE, 2)) {
      WordClass wordClass = WordClass.of(row[0]);
      String value = row.length > 2 ? row[2].trim() : "";
      for (String word : row[1].split("\\|")) {
        String[] tokens = normalize(word).split(" ");
        words.byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>())
            .add(new Entry(wordClass, tokens, value));
      }
    }
    for (List<Entry> entries : words.byFirstToken.values()) {
      entries.sort(Comparator.comparingInt(Entry::length).reversed());
    }
    return words;
  }

  /** The entries whose first token is {@code norm}, longest first; empty when none. */
  List<Entry> startingWith(String norm) {
    return byFirstToken.getOrDefault(norm, List.of());
  }

  static String normalize(String word) {
    return ArabicNormalizer.match().normalizeToString(word.trim()).replaceAll("\\s+", " ");
  }
}
