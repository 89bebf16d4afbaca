package org.arabicnews.triples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The texts that gold annotations point into, by document key: {@code snn:<id>} is the {@code content} of a
 * SaudiNewsNet article in {@code ../shared/corpora/saudinewsnet}, {@code testdata:<path>} a file under
 * {@code testdata/} read whole as UTF-8 (gunzipped when it ends in .gz). Offsets are Java char offsets.
 */
public final class Documents {
  public static final String SAUDINEWSNET = "corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl";

  private Documents() {}

  /** Every SaudiNewsNet article's content by key {@code snn:<id>}, in file order. */
  public static Map<String, String> saudiNewsNet(Path shared) throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(shared.resolve(SAUDINEWSNET), StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = json.readTree(line);
        docs.put("snn:" + article.get("id").asText(), article.path("content").asText(""));
      }
    }
    return docs;
  }

  /** The text of {@code testdata/<relative>}. */
  public static String testdata(Path testdata, String relative) throws IOException {
    Path file = testdata.resolve(relative);
    try (InputStream in = relative.endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
