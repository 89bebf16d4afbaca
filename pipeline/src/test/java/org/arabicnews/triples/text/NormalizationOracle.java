package org.arabicnews.triples.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.testing.Paths;

/** The rows of ../shared/normalization/normalization_oracle.json (the calling test skips when it is absent). */
final class NormalizationOracle {
  private NormalizationOracle() {}

  /** One library function's output on one input. */
  record Row(String fn, String in, String out) {}

  static List<Row> rows() throws IOException {
    JsonNode root = new ObjectMapper().readTree(Paths.shared("normalization/normalization_oracle.json").toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode row : root) {
      rows.add(new Row(row.get("fn").asText(), row.get("in").asText(), row.get("out").asText()));
    }
    return rows;
  }
}
