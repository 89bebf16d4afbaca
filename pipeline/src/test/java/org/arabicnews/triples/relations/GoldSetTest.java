package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.testing.GoldDocs;
import org.arabicnews.triples.testing.Paths;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The dev gold set (testdata/gold, format in docs/gold-guidelines.md) is well formed, every doc it names is an
 * article the job reads, every word it quotes is in that article's text, and the statistics the guidelines state
 * are the file's.
 */
class GoldSetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();
  private static final Set<String> POLARITIES = Set.of("positive", "negative");
  private static final Set<String> MODALITIES = Set.of("asserted", "planned", "reported");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> FIELDS = Set.of("relation", "subject", "object", "polarity", "modality",
      "location", "date", "cue", "cameo", "unordered");
  private static final int MAX_WORDS = 4;

  private static List<JsonNode> gold(String file) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.testdata("gold/" + file))) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  private static List<JsonNode> allGold() throws IOException {
    List<JsonNode> all = new ArrayList<>(gold("dev.jsonl"));
    all.addAll(gold("seed.jsonl"));
    return all;
  }

  private static String where(JsonNode line) {
    return line.path("doc").asText() + "#" + line.path("segment").asInt();
  }

  @Test
  void everyLineFollowsTheFormat() throws IOException {
    Map<String, Relation> relations = new HashMap<>();
    for (Relation r : Relation.values()) {
      if (r != Relation.OTHER) {
        relations.put(r.label(), r);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode line : allGold()) {
      String at = where(line);
      if (!line.path("doc").isTextual() || !line.path("segment").canConvertToInt() || line.path("segment").asInt() < 0
          || !line.path("triples").isArray()) {
        problems.add(at + ": needs doc, segment >= 0 and a triples array");
        continue;
      }
      if (!seen.add(at)) {
        problems.add(at + ": annotated twice");
      }
      Set<String> facts = new HashSet<>();
      for (JsonNode t : line.get("triples")) {
        String label = t.path("relation").asText();
        Relation relation = relations.get(label);
        String what = at + " " + label + " " + t.path("subject").path("tokens") + "→" + t.path("object").path("tokens");
        t.fieldNames().forEachRemaining(f -> {
          if (!FIELDS.contains(f)) {
            problems.add(what + ": unknown field " + f);
          }
        });
        if (relation == null) {
          problems.add(what + ": relation not in the inventory");
          continue;
        }
        problems.addAll(argumentProblems(what + " subject", t.path("subject")));
        problems.addAll(argumentProblems(what + " object", t.path("object")));
        if (!POLARITIES.contains(t.path("polarity").asText())) {
          problems.add(what + ": polarity " + t.path("polarity"));
        }
        if (!MODALITIES.contains(t.path("modality").asText())) {
          problems.add(what + ": modality " + t.path("modality"));
        }
        String cameo = t.path("cameo").isNull() ? null : t.path("cameo").asText();
        boolean negotiation = relation == Relation.HOLD_TALKS && "046".equals(cameo);
        if (!negotiation && !Objects.equals(relation.cameoCode(), cameo)) {
          problems.add(what + ": cameo " + cameo + ", the inventory says " + relation.cameoCode());
        }
        if (t.has("unordered") && (relation != Relation.PHONE_CALL || !t.get("unordered").asBoolean())) {
          problems.add(what + ": unordered is only for a phone_call whose caller is not stated");
        }
        if (!t.path("location").isArray()) {
          problems.add(what + ": location must be an array");
        }
        for (String field : List.of("date", "cue")) {
          if (!t.path(field).isNull() && !t.path(field).isTextual()) {
            problems.add(what + ": " + field + " must be a string or null");
          }
        }
        boolean fact = relation == Relation.HOLDS_TITLE || relation == Relation.AFFILIATED_WITH;
        if (!fact && t.path("cue").isNull()) {
          problems.add(what + ": an event needs its cue");
        }
        if (fact && !"asserted".equals(t.path("modality").asText())) {
          problems.add(what + ": facts are asserted");
        }
        List<String> pair = new ArrayList<>(List.of(norm(t.path("subject").path("tokens").toString()),
            norm(t.path("object").path("tokens").toString())));
        if (relation.symmetric()) {
          pair.sort(null);
        }
        if (!facts.add(label + pair + t.path("polarity").asText())) {
          problems.add(what + ": the same fact twice in one segment");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static List<String> argumentProblems(String what, JsonNode argument) {
    List<String> problems = new ArrayList<>();
    JsonNode tokens = argument.path("tokens");
    if (!tokens.isArray() || tokens.isEmpty()) {
      problems.add(what + ": needs one or more tokens");
    }
    for (JsonNode token : tokens) {
      if (!token.isTextual() || token.asText().isBlank() || words(token.asText()) > MAX_WORDS) {
        problems.add(what + ": token " + token + " must be 1 to " + MAX_WORDS + " words");
      }
    }
    JsonNode key = argument.path("key");
    if (!key.isNull() && !(key.isTextual() && COUNTRIES.contains(key.asText()))) {
      problems.add(what + ": key " + key + " is not an ISO 3166-1 alpha-2 code");
    }
    return problems;
  }

  @Test
  void testdataDocsAreArticlesOfTheJobAndTheirWordsAreInTheText() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (JsonNode line : gold("dev.jsonl")) {
      if (line.get("doc").asText().startsWith("testdata/")) {
        lines.add(line);
      }
    }
    assertFalse(lines.isEmpty(), "the dev set annotates our own testdata");
    List<String> problems = checkWords(lines, testdataArticles());
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void saudiNewsNetDocsAreRecordsOfTheCorpusAndTheirWordsAreInTheText() throws IOException {
    Map<String, List<String>> texts = new HashMap<>();
    List<JsonNode> lines = new ArrayList<>();
    for (JsonNode line : gold("dev.jsonl")) {
      String doc = line.get("doc").asText();
      if (!doc.startsWith("testdata/")) {
        lines.add(line);
        texts.computeIfAbsent(doc, d -> texts(DOCS.doc(d)));
      }
    }
    assertTrue(lines.size() >= 60, "issue 6 asks for at least 60 SaudiNewsNet articles, found " + lines.size());
    List<String> problems = checkWords(lines, texts);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void seedDocsAreSegmentsOfTheSeedPageAndTheirWordsAreInTheText() throws IOException {
    List<JsonNode> lines = gold("seed.jsonl");
    Map<String, List<String>> texts = new HashMap<>();
    for (JsonNode line : lines) {
      texts.computeIfAbsent(line.get("doc").asText(), d -> texts(DOCS.doc(d)));
    }
    List<String> problems = checkWords(lines, texts);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    for (Map.Entry<String, List<String>> page : texts.entrySet()) {
      assertEquals(page.getValue().size(), lines.stream().filter(l -> l.get("doc").asText().equals(page.getKey()))
          .count(), "every segment of " + page.getKey() + " is annotated");
    }
  }

  @Test
  void everyCoveredTestdataFileIsAnnotatedSegmentBySegment() throws IOException {
    Set<String> annotated = new HashSet<>();
    for (JsonNode line : gold("dev.jsonl")) {
      annotated.add(where(line));
    }
    Map<String, List<String>> articles = testdataArticles();
    List<String> missing = new ArrayList<>();
    for (String file : coveredFiles()) {
      String path = "testdata/" + file;
      List<String> docs = articles.keySet().stream().filter(d -> d.equals(path) || d.startsWith(path + "#")).sorted()
          .toList();
      assertFalse(docs.isEmpty(), "the job reads no article from " + path + ", which the Coverage list names");
      for (String doc : docs) {
        for (int s = 0; s < articles.get(doc).size(); s++) {
          if (!annotated.contains(doc + "#" + s)) {
            missing.add(doc + "#" + s);
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "segments of covered files without a gold line: " + missing);
  }

  /** The files the guidelines list as covered: the `testdata/...` entries of the coverage list. */
  private static List<String> coveredFiles() throws IOException {
    String guide = Files.readString(Paths.projectRoot().resolve("docs/gold-guidelines.md"));
    int start = guide.indexOf("## Coverage");
    assertTrue(start >= 0, "docs/gold-guidelines.md has a Coverage section");
    int end = guide.indexOf("\n## ", start + 1);
    Matcher m = Pattern.compile("^- `testdata/([^`]+)`", Pattern.MULTILINE)
        .matcher(guide.substring(start, end < 0 ? guide.length() : end));
    List<String> files = new ArrayList<>();
    while (m.find()) {
      files.add(m.group(1));
    }
    assertFalse(files.isEmpty(), "the Coverage section lists the testdata files");
    return files;
  }

  @Test
  void guidelinesStateTheStatisticsOfTheGoldFiles() throws IOException {
    String guide = Files.readString(Paths.projectRoot().resolve("docs/gold-guidelines.md"));
    Map<String, List<Long>> stated = new TreeMap<>();
    Matcher row = Pattern.compile("^\\| `?([a-z_ ]+)`? \\| (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(guide);
    while (row.find()) {
      stated.put(row.group(1), List.of(Long.parseLong(row.group(2)), Long.parseLong(row.group(3))));
    }
    Map<String, List<Long>> fromFiles = new TreeMap<>();
    List<List<JsonNode>> files = List.of(gold("dev.jsonl"), gold("seed.jsonl"));
    for (int f = 0; f < files.size(); f++) {
      for (JsonNode line : files.get(f)) {
        count(fromFiles, "articles", f);
        if (line.get("triples").isEmpty()) {
          count(fromFiles, "articles without triples", f);
        }
        for (JsonNode t : line.get("triples")) {
          count(fromFiles, t.get("relation").asText(), f);
          count(fromFiles, "triples", f);
        }
      }
    }
    assertEquals(fromFiles, stated, "the statistics table of docs/gold-guidelines.md must be the files' counts");
  }

  private static void count(Map<String, List<Long>> counts, String key, int file) {
    List<Long> row = counts.computeIfAbsent(key, k -> new ArrayList<>(Arrays.asList(0L, 0L)));
    row.set(file, row.get(file) + 1);
  }

  private static List<String> checkWords(List<JsonNode> lines, Map<String, List<String>> texts) {
    List<String> problems = new ArrayList<>();
    for (JsonNode line : lines) {
      String doc = line.get("doc").asText();
      int segment = line.get("segment").asInt();
      List<String> segments = texts.get(doc);
      if (segments == null) {
        problems.add(where(line) + ": no such record");
        continue;
      }
      if (segment >= segments.size()) {
        problems.add(where(line) + ": the record has " + segments.size() + " segments");
        continue;
      }
      String text = norm(segments.get(segment));
      for (JsonNode t : line.get("triples")) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("subject", strings(t.path("subject").path("tokens")));
        words.put("object", strings(t.path("object").path("tokens")));
        words.put("location", strings(t.path("location")));
        words.put("cue", t.path("cue").isTextual() ? List.of(t.get("cue").asText()) : List.of());
        words.put("date", t.path("date").isTextual() ? List.of(t.get("date").asText()) : List.of());
        words.forEach((field, values) -> {
          for (String value : values) {
            if (!text.contains(norm(value))) {
              problems.add(where(line) + " " + t.get("relation").asText() + ": " + field + " '" + value
                  + "' is not in the segment's text");
            }
          }
        });
      }
    }
    return problems;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String norm(String s) {
    return MATCH.normalizeToString(s).replaceAll("\\s+", " ");
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  private static final GoldDocs DOCS = new GoldDocs();

  /** The texts of every article the job cuts out of testdata/pages and testdata/exports, by doc. */
  private static Map<String, List<String>> testdataArticles() {
    Map<String, List<String>> texts = new HashMap<>();
    DOCS.testdata().forEach((id, doc) -> texts.put(id, texts(doc)));
    return texts;
  }

  private static List<String> texts(GoldDocs.Doc doc) {
    return doc.segments().stream().map(ArticleDraft::text).toList();
  }
}
