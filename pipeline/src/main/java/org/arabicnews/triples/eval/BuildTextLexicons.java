package org.arabicnews.triples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Token;
import org.arabicnews.triples.text.Tokenizer;

/**
 * Builds the clitic analyzer's lexicon resources from ../shared: word counts over ANERcorp, AQMAR and
 * SaudiNewsNet (leaving out the articles our gold annotations use, so the evaluation stays out of sample),
 * and proper names from the country, capital, nationality, title and ANERGazet lists.
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.eval.BuildTextLexicons \
 *     ../shared testdata/annotations/text pipeline/src/main/resources/org/arabicnews/triples/text
 * </pre>
 */
public final class BuildTextLexicons {
  private static final int MIN_COUNT = 2;

  private BuildTextLexicons() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: BuildTextLexicons <shared dir> <gold dir> <resource dir>");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Map<String, Integer> counts = wordCounts(shared, Gold.documentKeys(gold));
    List<String> lines = new ArrayList<>();
    lines.add("# Arabic word forms as written (diacritics removed) and their counts, count >= " + MIN_COUNT
        + ". Derived from ANERcorp, AQMAR and SaudiNewsNet (gold-annotated articles left out); see NOTICE.");
    counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()));
    Files.write(out.resolve("clitic-word-counts.tsv"), lines, StandardCharsets.UTF_8);

    List<String> names = new ArrayList<>();
    names.add("# Proper names (countries, capitals, nationalities, titles, ANERGazet), match form, article removed;"
        + " see NOTICE.");
    names.addAll(names(shared));
    Files.write(out.resolve("clitic-names.txt"), names, StandardCharsets.UTF_8);
    System.out.printf("%d word forms (%d with count >= %d), %d names%n", counts.size(), lines.size() - 1, MIN_COUNT,
        names.size() - 1);
  }

  static Map<String, Integer> wordCounts(Path shared, Set<String> heldOut) throws IOException {
    Tokenizer words = new Tokenizer(null);
    Map<String, Integer> counts = new HashMap<>();
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(shared.resolve(Documents.SAUDINEWSNET), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode article = json.readTree(line);
      if (!heldOut.contains("snn:" + article.get("id").asText())) {
        texts.add(article.path("title").asText(""));
        texts.add(article.path("content").asText(""));
      }
    }
    List<Path> conll = new ArrayList<>(List.of(shared.resolve("corpora/anercorp/ANERCorp.txt")));
    try (Stream<Path> aqmar = Files.list(shared.resolve("corpora/aqmar"))) {
      aqmar.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(conll::add);
    }
    for (Path file : conll) {
      StringBuilder tokens = new StringBuilder();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int space = line.lastIndexOf(' ');
        tokens.append(space > 0 ? line.substring(0, space) : line).append(' ');
      }
      texts.add(tokens.toString());
    }
    for (String text : texts) {
      for (Token token : words.tokenize(text, 0, text.length())) {
        if (token.kind() == Token.Kind.ARABIC) {
          String raw = Tokenizer.lettersAsWritten(token.surface(), token.norm().length());
          if (raw != null) {
            counts.merge(raw, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  static List<String> names(Path shared) throws IOException {
    Path lexicons = shared.resolve("lexicons");
    List<String> entries = new ArrayList<>();
    columns(lexicons.resolve("countries_capitals_ar_icu78.tsv"), entries, "name_ar_icu", "name_ar_mledoze_common",
        "capital_ar_icu_exemplar");
    columns(lexicons.resolve("countries_mledoze_ar.tsv"), entries, "name_ar", "native_ara_common");
    columns(lexicons.resolve("capitals_ar_supplement_handcompiled.tsv"), entries, "capital_ar", "variants_ar");
    columns(lexicons.resolve("official_titles_ar_handcompiled.tsv"), entries, "title");
    JsonNode nationalities = new ObjectMapper().readTree(lexicons.resolve("arwikicats_nationalities_data.json").toFile());
    nationalities.forEach(n -> {
      for (String form : List.of("male", "males", "female", "females", "the_male", "the_female", "ar")) {
        entries.add(n.path(form).asText(""));
      }
    });
    for (String gazetteer : List.of("Loc", "Org", "Pers")) {
      for (String line : Files.readAllLines(shared.resolve("corpora/anercorp/ANERGazet_" + gazetteer + ".txt"),
          StandardCharsets.UTF_8)) {
        if (!line.startsWith("====")) {
          entries.add(line);
        }
      }
    }
    ArabicNormalizer match = ArabicNormalizer.match();
    Set<String> names = new TreeSet<>();
    for (String entry : entries) {
      String[] words = entry.strip().split("[\\s,،]+");
      for (String word : words) {
        String norm = match.normalizeToString(word);
        boolean single = words.length == 1;
        if (!norm.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)
            || (!single && "وفبلكس".indexOf(norm.charAt(0)) >= 0) || startsWithCliticAndArticle(norm)) {
          continue;
        }
        String core = word.startsWith("ال") && norm.length() >= 4 ? norm.substring(2) : norm;
        // Three-letter names (فهد، يمن) collide with too many clitic + stem readings to be trusted whole.
        if (core.length() >= 4) {
          names.add(core);
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** وال، بال، فال، كال، لل and their like: a gazetteer entry written with its clitics. */
  private static boolean startsWithCliticAndArticle(String norm) {
    return norm.matches("^(و|ف)?(ب|ك)?ال.{3,}") && !norm.startsWith("ال") || norm.matches("^(و|ف)?لل.{3,}");
  }

  private static void columns(Path tsv, List<String> into, String... names) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).toList();
    List<String> header = List.of(lines.get(0).split("\t", -1));
    Set<Integer> wanted = new HashSet<>();
    for (String name : names) {
      int column = header.indexOf(name);
      if (column < 0) {
        throw new IOException(tsv + " has no column " + name);
      }
      wanted.add(column);
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      wanted.stream().filter(c -> c < cells.length).sorted(Comparator.naturalOrder()).forEach(c -> into.add(cells[c]));
    }
  }
}
