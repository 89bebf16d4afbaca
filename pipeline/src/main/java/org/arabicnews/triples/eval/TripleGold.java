package org.arabicnews.triples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.relations.Relation;

/**
 * A gold file: JSON Lines, one line per annotated article (docs/relations.md, "TripleGold format").
 *
 * <pre>
 * {"doc": "snn-0630cae6a269", "segment": 0, "triples": [{"relation": "hold_talks",
 *   "subject": {"tokens": ["بوريطة"], "key": null}, "object": {"tokens": ["لافروف"], "key": null},
 *   "polarity": "positive", "modality": "asserted", "location": ["موسكو"], "cue": "مباحثات"}]}
 * </pre>
 */
public final class TripleGold {
  /** An argument: key tokens (any one found in a predicted surface matches) and an optional canonical key. */
  public record Argument(List<String> tokens, String key) {}

  /**
   * An annotated triple; polarity (default positive), modality, location, date, cue and cameo are optional.
   * {@code unordered} marks a phone call whose caller the text does not give: either order is right.
   */
  public record GoldTriple(Relation relation, Argument subject, Argument object, String polarity, String modality,
      List<String> location, String date, String cue, String cameo, boolean unordered) {
    public String polarityOrDefault() {
      return polarity == null ? "positive" : polarity;
    }
  }

  /** An annotated article: its doc id, segment and every triple of the inventory it states. */
  public record Article(String doc, int segment, List<GoldTriple> triples) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private TripleGold() {}

  /** Reads a gold file; a malformed line fails with its line number. */
  public static List<Article> read(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          articles.add(article(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return articles;
  }

  private static Article article(JsonNode node) {
    String doc = required(node, "doc").asText();
    int segment = node.path("segment").asInt(0);
    List<GoldTriple> triples = new ArrayList<>();
    for (JsonNode t : node.path("triples")) {
      triples.add(new GoldTriple(Relation.fromLabel(required(t, "relation").asText()), argument(required(t, "subject")),
          argument(required(t, "object")), text(t, "polarity"), text(t, "modality"), strings(t.path("location")),
          text(t, "date"), text(t, "cue"), text(t, "cameo"), t.path("unordered").asBoolean(false)));
    }
    return new Article(doc, segment, List.copyOf(triples));
  }

  private static Argument argument(JsonNode node) {
    List<String> tokens = strings(node.path("tokens"));
    String key = text(node, "key");
    if (tokens.isEmpty() && key == null) {
      throw new IllegalArgumentException("an argument needs tokens or a key: " + node);
    }
    return new Argument(tokens, key);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode v : array) {
        values.add(v.asText());
      }
    } else if (array.isTextual()) {
      values.add(array.asText());
    }
    return List.copyOf(values);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field \"" + field + "\"");
    }
    return v;
  }
}
