package org.arabicnews.triples.entities.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arabicnews.triples.entities.ner.LabeledSentence;
import org.arabicnews.triples.entities.ner.NerCorpora;
import org.arabicnews.triples.text.ArabicChars;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * Writes the generated gazetteer files from their sources. Run from the repository root:
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.entities.gazetteer.BuildGazetteers \
 *   [--shared ../shared] [--out pipeline/src/main/resources/org/arabicnews/triples/entities/gazetteer]
 * </pre>
 *
 * <ul>
 *   <li>{@code countries.tsv}: Arabic names of every ISO 3166-1 country from CLDR (through ICU4J), then the
 *       common and official names from mledoze/countries, then for each name with نغ the spelling with نج
 *       (أنغولا → أنجولا, السنغال → السنجال), the Egyptian rendering of that hard g (other letters غ are
 *       native: المغرب). A name already taken by an earlier source for another country is not taken again.
 *   <li>{@code nationalities.tsv}: every form (m, f, m pl, f pl, definite, the oblique ـين of a ـون plural)
 *       of the ArWikiCats nationalities, linked to the country whose Arabic or English name the entry gives.
 *   <li>{@code places.tsv}: capitals (CLDR exemplar cities from {@code countries_capitals_ar_icu78.tsv}, then
 *       the verified hand-compiled supplement), the CLDR time-zone exemplar cities of {@link #MAJOR_CITY_ZONES}
 *       (most exemplar cities are small towns whose Arabic spelling is an ordinary word: نوم, سمراء, ماهي),
 *       and CLDR's Arabic names of world regions (أفريقيا, غرب آسيا, أمريكا اللاتينية). A place whose name is a
 *       country's, one of {@code common_words.tsv}, or in {@link #NOT_PLACES} is left out.
 *   <li>{@code non_person_words.tsv}: words of the ANERcorp training split seen at least 5 times and inside a
 *       person's name at most one time in twenty (مجلس, إدارة): where a titled person's name stops.
 *   <li>{@code person_name_words.tsv}: the words of the ANERGazet person gazetteer that are not common words
 *       (a name-tagger feature only).
 *   <li>{@code common_words.tsv}: words of the ANERcorp training split seen at least 10 times and inside an
 *       entity at most one time in ten: the words a name does not run into.
 * </ul>
 */
public final class BuildGazetteers {
  private static final ULocale ARABIC = new ULocale("ar");
  /** Nationalities whose forms are mostly ordinary words or another nation's (see docs/entities.md). */
  private static final Set<String> AMBIGUOUS_NATIONALITIES = Set.of(
      "malian", // مالي، مالية: financial
      "english", // الإنجليزية: the English language; England is not a state
      "korean"); // الكوري: North or South; the two-word forms are in aliases.tsv
  /** Indefinite forms that are common given names. */
  private static final Set<String> GIVEN_NAMES = Set.of("تركي");
  /** Nationalities whose entry names no country we know, linked by hand. */
  private static final Map<String, String> NATIONALITY_COUNTRY = Map.of(
      "americans", "US", "burmese", "MM", "swazi", "SZ", "macedonian", "MK", "timorese", "TL",
      "scottish", "GB", "welsh", "GB");
  /** CLDR region codes left out: the world (العالم is an ordinary word) and unions that are organisations. */
  private static final Set<String> SKIPPED_REGIONS = Set.of("001");
  private static final int COMMON_WORD_MIN_COUNT = 10;
  private static final int NON_PERSON_MIN_COUNT = 5;
  /** Time zones whose exemplar city is a major city that news names. */
  private static final Set<String> MAJOR_CITY_ZONES = Set.of(
      "Asia/Dubai", "Asia/Gaza", "Asia/Hebron", "Asia/Aden", "Asia/Karachi", "Europe/Istanbul", "Asia/Shanghai",
      "Asia/Kolkata", "Asia/Almaty", "Asia/Samarkand", "Asia/Famagusta", "Asia/Urumqi", "Asia/Vladivostok",
      "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Toronto", "America/Vancouver",
      "America/Sao_Paulo", "Australia/Sydney", "Australia/Melbourne", "Africa/Casablanca", "Africa/Johannesburg",
      "Africa/Lagos", "Africa/Abidjan", "Africa/Dar_es_Salaam", "Africa/Douala", "Europe/Zurich",
      "Europe/Volgograd", "Europe/Simferopol");
  /** Exemplar cities whose Arabic name is mostly an ordinary word (العيون: the eyes, the springs). */
  private static final Set<String> NOT_PLACES = Set.of("العيون");
  /** Cities whose country is disputed keep no country code. */
  private static final Set<String> DISPUTED = Set.of("القدس");
  private final ArabicNormalizer match = ArabicNormalizer.match();
  private final Map<String, String> countryByName = new HashMap<>();
  private final Set<String> commonWords = new HashSet<>();

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>(Map.of("shared", "../shared",
        "out", "pipeline/src/main/resources/org/arabicnews/triples/entities/gazetteer"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i].substring(2))) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; known: --shared, --out");
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    new BuildGazetteers().build(Path.of(options.get("shared")), Path.of(options.get("out")));
  }

  void build(Path shared, Path out) throws IOException {
    Files.createDirectories(out);
    Path lexicons = shared.resolve("lexicons");
    write(out.resolve("countries.tsv"), "iso\tname\torigin", countries(lexicons));
    write(out.resolve("nationalities.tsv"), "iso\tform\torigin", nationalities(lexicons));
    Path anercorp = shared.resolve("corpora/anercorp/ANERCorp.txt");
    List<String> common = commonWords(anercorp);
    for (String row : common) {
      commonWords.add(row.substring(0, row.indexOf('\t')));
    }
    write(out.resolve("places.tsv"), "type\tname\tkey\tiso\torigin", places(lexicons));
    write(out.resolve("common_words.tsv"), "word\tcount", common);
    write(out.resolve("non_person_words.tsv"), "word\tcount", nonPersonWords(anercorp));
    write(out.resolve("person_name_words.tsv"), "word",
        personNameWords(shared.resolve("corpora/anercorp/ANERGazet_Pers.txt")));
  }

  private List<String> countries(Path lexicons) throws IOException {
    List<String> rows = new ArrayList<>();
    for (String iso : ULocale.getISOCountries()) {
      String name = new ULocale("", iso).getDisplayCountry(ARABIC);
      if (isArabic(name)) {
        for (String n : splitAlternatives(name)) {
          addCountry(rows, iso, n, "cldr");
        }
      }
    }
    for (Map<String, String> r : tsv(lexicons.resolve("countries_mledoze_ar.tsv"))) {
      for (String column : List.of("name_ar", "official_ar", "native_ara_common", "native_ara_official")) {
        String name = r.getOrDefault(column, "");
        // mledoze's official Arabic name of Afghanistan misspells it (أففانستان).
        if (isArabic(name) && !(r.get("cca2").equals("AF") && column.equals("official_ar"))) {
          addCountry(rows, r.get("cca2"), name, "mledoze");
        }
      }
    }
    for (String row : List.copyOf(rows)) {
      String[] f = row.split("\t");
      if (f[1].contains("نغ")) {
        addCountry(rows, f[0], f[1].replace("نغ", "نج"), "variant");
      }
    }
    return rows;
  }

  private void addCountry(List<String> rows, String iso, String name, String origin) {
    String key = match.normalizeToString(name.trim());
    if (!key.isEmpty() && countryByName.putIfAbsent(key, iso) == null) {
      rows.add(iso + "\t" + name.trim() + "\t" + origin);
    }
  }

  private List<String> nationalities(Path lexicons) throws IOException {
    Map<String, String> byEnglish = new HashMap<>();
    for (Map<String, String> r : tsv(lexicons.resolve("countries_mledoze_ar.tsv"))) {
      byEnglish.put(r.get("name_en").toLowerCase(Locale.ROOT), r.get("cca2"));
      byEnglish.put(r.get("official_en").toLowerCase(Locale.ROOT), r.get("cca2"));
    }
    JsonNode data = new ObjectMapper().readTree(lexicons.resolve("arwikicats_nationalities_data.json").toFile());
    Map<String, String> forms = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      JsonNode n = entry.getValue();
      String iso = NATIONALITY_COUNTRY.getOrDefault(id,
          countryByName.getOrDefault(match.normalizeToString(n.path("ar").asText()),
              byEnglish.get(n.path("en").asText().toLowerCase(Locale.ROOT))));
      if (iso == null || AMBIGUOUS_NATIONALITIES.contains(id)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String field : List.of("male", "female", "the_male", "the_female", "males", "females")) {
        String form = n.path(field).asText().trim();
        if (!isArabic(form)) {
          continue;
        }
        values.add(form);
        if (field.equals("males") || field.equals("females")) {
          values.add("ال" + form);
        }
      }
      for (String form : List.copyOf(values)) {
        if (form.endsWith("ون")) {
          values.add(form.substring(0, form.length() - 2) + "ين");
        }
      }
      for (String form : values) {
        String key = match.normalizeToString(form);
        if (!GIVEN_NAMES.contains(form) && !countryByName.containsKey(key)) {
          forms.putIfAbsent(key, iso + "\t" + form + "\tarwikicats:" + id);
        }
      }
    }
    return List.copyOf(forms.values());
  }

  private List<String> places(Path lexicons) throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Map<String, String> r : tsv(lexicons.resolve("countries_capitals_ar_icu78.tsv"))) {
      addPlace(rows, "GPE", r.get("capital_ar_icu_exemplar"), null, r.get("cca2"), "cldr-capital");
    }
    for (Map<String, String> r : tsv(lexicons.resolve("capitals_ar_supplement_handcompiled.tsv"))) {
      addPlace(rows, "GPE", r.get("capital_ar"), null, r.get("cca2"), "capital-supplement");
      for (String variant : r.getOrDefault("variants_ar", "").split("[|,]")) {
        addPlace(rows, "GPE", variant, r.get("capital_ar"), r.get("cca2"), "capital-supplement");
      }
    }
    TimeZoneNames names = TimeZoneNames.getInstance(ARABIC);
    for (String zone : new TreeSet<>(MAJOR_CITY_ZONES)) {
      String region = TimeZone.getRegion(zone);
      addPlace(rows, "GPE", names.getExemplarLocationName(zone), null, region.length() == 2 ? region : "", "cldr-city");
    }
    for (int i = 1; i < 1000; i++) {
      String code = String.format(Locale.ROOT, "%03d", i);
      String name = new ULocale("", code).getDisplayCountry(ARABIC);
      if (!SKIPPED_REGIONS.contains(code) && isArabic(name)) {
        addPlace(rows, "LOC", name, null, "", "cldr-region");
      }
    }
    return List.copyOf(rows.values());
  }

  /** Adds a place under its name, keyed by {@code canonical} (null: the name itself). */
  private void addPlace(Map<String, String> rows, String type, String name, String canonical, String iso,
      String origin) {
    if (name == null || !isArabic(name.trim())) {
      return;
    }
    List<String> alternatives = splitAlternatives(name.trim());
    if (alternatives.size() > 1) {
      String first = alternatives.get(alternatives.size() - 1).replaceFirst("^مدينة ", "");
      alternatives.forEach(a -> addPlace(rows, type, a.replaceFirst("^مدينة ", ""), first, iso, origin));
      return;
    }
    String key = match.normalizeToString(name.trim());
    if (!countryByName.containsKey(key) && !commonWords.contains(key) && !NOT_PLACES.contains(name.trim())) {
      String country = DISPUTED.contains(name.trim()) ? "" : iso;
      String k = canonical == null ? name.trim() : canonical;
      rows.putIfAbsent(key, type + "\t" + name.trim() + "\t" + k + "\t" + country + "\t" + origin);
    }
  }

  private List<String> commonWords(Path anercorp) {
    Map<String, int[]> counts = new HashMap<>();
    for (LabeledSentence s : NerCorpora.anercorpTrain(anercorp)) {
      for (int i = 0; i < s.tokens().size(); i++) {
        String word = match.normalizeToString(s.tokens().get(i));
        if (!isArabic(word)) {
          continue;
        }
        int[] c = counts.computeIfAbsent(word, w -> new int[2]);
        c[0]++;
        if (!s.tags().get(i).equals("O")) {
          c[1]++;
        }
      }
    }
    List<String> rows = new ArrayList<>();
    new TreeMap<>(counts).forEach((word, c) -> {
      if (c[0] >= COMMON_WORD_MIN_COUNT && c[1] * 10 <= c[0]) {
        rows.add(word + "\t" + c[0]);
      }
    });
    return rows;
  }

  private List<String> nonPersonWords(Path anercorp) {
    Map<String, int[]> counts = new HashMap<>();
    for (LabeledSentence s : NerCorpora.anercorpTrain(anercorp)) {
      for (int i = 0; i < s.tokens().size(); i++) {
        String word = match.normalizeToString(s.tokens().get(i));
        if (isArabic(word)) {
          int[] c = counts.computeIfAbsent(word, w -> new int[2]);
          c[0]++;
          c[1] += s.tags().get(i).endsWith("-PERS") ? 1 : 0;
        }
      }
    }
    List<String> rows = new ArrayList<>();
    new TreeMap<>(counts).forEach((word, c) -> {
      if (c[0] >= NON_PERSON_MIN_COUNT && c[1] * 20 <= c[0]) {
        rows.add(word + "\t" + c[0]);
      }
    });
    return rows;
  }

  private List<String> personNameWords(Path gazet) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (String line : Files.readAllLines(gazet, StandardCharsets.UTF_8)) {
      if (!line.startsWith("=")) {
        for (String w : line.trim().split("\\s+")) {
          String n = match.normalizeToString(w);
          if (isArabic(n) && n.length() >= 2 && !commonWords.contains(n)) {
            words.add(n);
          }
        }
      }
    }
    return List.copyOf(words);
  }

  /** "ميانمار (بورما)" → both names; "الكونغو - كينشاسا" stays whole. */
  private static List<String> splitAlternatives(String name) {
    int open = name.indexOf('(');
    if (open > 0 && name.endsWith(")")) {
      return List.of(name.substring(0, open).trim(), name.substring(open + 1, name.length() - 1).trim());
    }
    return List.of(name);
  }

  private static boolean isArabic(String s) {
    return s != null && !s.isBlank() && s.codePoints().anyMatch(ArabicChars::isArabicLetter);
  }

  private static List<Map<String, String>> tsv(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    String[] header = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (header == null) {
        header = fields;
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length && i < fields.length; i++) {
        row.put(header[i], fields[i].trim());
      }
      rows.add(row);
    }
    return rows;
  }

  private static void write(Path file, String header, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Generated by org.arabicnews.triples.entities.gazetteer.BuildGazetteers; do not edit "
        + "(see docs/entities.md).");
    lines.add(header);
    lines.addAll(rows);
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.printf("%s: %d rows%n", file, rows.size());
  }
}
