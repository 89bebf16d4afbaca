package org.arabicnews.triples.entities;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.Token;
import org.arabicnews.triples.text.Tokenizer;

/**
 * The entity gazetteers, loaded once from the resource files in {@code gazetteer/} (docs/entities.md lists
 * them and their sources), and longest-match lookup of their phrases in a sentence's words.
 *
 * <p>Words are compared on the match profile after {@link #fold spelling variants}; the first word of a
 * phrase may carry proclitics ({@link LookupForms}), the others may not.
 */
public final class Gazetteer {
  static final String DIR = "/org/arabicnews/triples/entities/gazetteer/";
  static final List<String> FILES = List.of("countries.tsv", "countries_handcompiled.tsv", "nationalities.tsv",
      "places.tsv", "places_handcompiled.tsv", "organisations.tsv", "titles.tsv", "aliases.tsv",
      "common_words.tsv", "person_name_words.tsv", "non_person_words.tsv");
  /** The files the name tagger's features read: its fingerprint covers these only. */
  static final List<String> FEATURE_FILES = FILES.subList(0, FILES.size() - 1);

  /** What a phrase of the gazetteer is. */
  public enum Kind {
    COUNTRY(EntityType.GPE),
    NATIONALITY(EntityType.NORP),
    CITY(EntityType.GPE),
    REGION(EntityType.LOC),
    ORGANISATION(EntityType.ORG),
    TITLE(EntityType.TITLE);

    private final EntityType type;

    Kind(EntityType type) {
      this.type = type;
    }

    public EntityType type() {
      return type;
    }
  }

  /**
   * A phrase of the gazetteer.
   *
   * @param kind what it is
   * @param words its folded words
   * @param key the canonical key of what it names
   * @param context where a title counts: {@code any}, {@code before_name} (before a name or another title) or
   *     {@code before_title} (before another title); {@code any} for every other kind
   */
  public record Entry(Kind kind, List<String> words, String key, String context) {
    public boolean beforeNameOnly() {
      return !context.equals("any");
    }
  }

  /**
   * A phrase found in a sentence.
   *
   * @param entry the phrase
   * @param start index of its first word
   * @param end index one past its last word
   * @param dropped proclitic letters of the first word left out of the match
   */
  public record Match(Entry entry, int start, int end, int dropped) {}

  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Map<String, String> wordVariants = new HashMap<>();
  private final List<String[]> infixVariants = new ArrayList<>();
  private final Set<String> commonWords = new HashSet<>();
  private final Set<String> personNameWords = new HashSet<>();
  private final Set<String> nonPersonWords = new HashSet<>();
  private final String fingerprint;

  private Gazetteer() {
    MessageDigest digest = sha256();
    Map<String, List<String[]>> files = new HashMap<>();
    for (String file : FILES) {
      files.put(file, read(file, FEATURE_FILES.contains(file) ? digest : null));
    }
    fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    for (String[] r : files.get("aliases.tsv")) {
      if (r[0].equals("infix")) {
        infixVariants.add(new String[] {MATCH.normalizeToString(r[1]), MATCH.normalizeToString(r[2])});
      } else {
        wordVariants.put(MATCH.normalizeToString(r[1]), MATCH.normalizeToString(r[2]));
      }
    }
    for (String[] r : files.get("common_words.tsv")) {
      commonWords.add(fold(r[0]));
    }
    for (String[] r : files.get("person_name_words.tsv")) {
      personNameWords.add(fold(r[0]));
    }
    for (String[] r : files.get("non_person_words.tsv")) {
      nonPersonWords.add(fold(r[0]));
    }
    for (String file : List.of("countries.tsv", "countries_handcompiled.tsv")) {
      for (String[] r : files.get(file)) {
        add(Kind.COUNTRY, r[1], r[0], "any");
      }
    }
    for (String[] r : files.get("nationalities.tsv")) {
      add(Kind.NATIONALITY, r[1], r[0], "any");
    }
    for (String[] r : files.get("places.tsv")) {
      add(r[0].equals("LOC") ? Kind.REGION : Kind.CITY, r[1], phraseKey(r[2]), "any");
    }
    for (String[] r : files.get("places_handcompiled.tsv")) {
      Kind kind = r[0].equals("LOC") ? Kind.REGION : Kind.CITY;
      add(kind, r[1], phraseKey(r[1]), "any");
      for (String variant : variants(r, 2)) {
        add(kind, variant, phraseKey(r[1]), "any");
      }
    }
    for (String[] r : files.get("organisations.tsv")) {
      add(Kind.ORGANISATION, r[0], phraseKey(r[0]), "any");
      for (String variant : variants(r, 1)) {
        add(Kind.ORGANISATION, variant, phraseKey(r[0]), "any");
      }
    }
    for (String[] r : files.get("titles.tsv")) {
      add(Kind.TITLE, r[0], phraseKey(r[0]), r[2]);
    }
    for (List<Entry> entries : byFirstWord.values()) {
      entries.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
    }
  }

  /** The gazetteer of this class loader, built on first use. */
  public static Gazetteer shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  /** A match-normalized word with its spelling variants folded (الأميركي → الامريكي, سيرجي → سيرغي). */
  public String fold(String norm) {
    String w = wordVariants.getOrDefault(norm, norm);
    for (String[] infix : infixVariants) {
      if (w.contains(infix[0])) {
        w = w.replace(infix[0], infix[1]);
      }
    }
    return w;
  }

  /** The canonical key of a name: its folded words joined by single spaces. */
  public String phraseKey(String text) {
    StringBuilder key = new StringBuilder();
    for (Token t : new Tokenizer().tokenize(text, 0, text.length())) {
      key.append(key.length() == 0 ? "" : " ").append(fold(t.norm()));
    }
    return key.toString();
  }

  /**
   * The canonical key of a person's name: {@link #phraseKey}, with a joined عبد compound written as two words
   * (عبدالعزيز → عبد العزيز) so both spellings give one key.
   */
  public String personKey(String text) {
    StringBuilder key = new StringBuilder();
    for (String w : phraseKey(text).split(" ")) {
      key.append(key.length() == 0 ? "" : " ");
      key.append(w.startsWith("عبدال") && w.length() > 6 ? "عبد " + w.substring(3) : w);
    }
    return key.toString();
  }

  /** True for a word seen often in news and never inside a name (derived from ANERcorp). */
  public boolean isCommonWord(String folded) {
    return commonWords.contains(folded);
  }

  /** True for a frequent word that is rarely part of a person's name (derived from ANERcorp). */
  public boolean isNonPersonWord(String folded) {
    return nonPersonWords.contains(folded) || commonWords.contains(folded);
  }

  /** True for a word of a known person name (ANERGazet); a name-finder feature. */
  public boolean isPersonNameWord(String folded) {
    return personNameWords.contains(folded);
  }

  /** Hash of the resource files, stored in the name tagger model that used them as features. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The longest phrase that starts at word {@code i} of the folded words, or null. */
  public Match longestAt(List<String> words, int i) {
    return longestAt(words, i, LookupForms.of(words.get(i)));
  }

  /** The longest phrase whose first word is one of {@code firstForms} of word {@code i}, or null. */
  public Match longestAt(List<String> words, int i, List<LookupForms.Form> firstForms) {
    Match best = null;
    for (LookupForms.Form form : firstForms) {
      List<Entry> entries = byFirstWord.get(form.dropped() == 0 ? form.form() : fold(form.form()));
      if (entries == null) {
        continue;
      }
      for (Entry e : entries) {
        int n = e.words().size();
        if ((best == null || n > best.end() - best.start()) && matchesRest(e, words, i)) {
          best = new Match(e, i, i + n, form.dropped());
          break;
        }
      }
    }
    return best;
  }

  private static boolean matchesRest(Entry e, List<String> words, int i) {
    int n = e.words().size();
    if (i + n > words.size()) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      if (!e.words().get(k).equals(words.get(i + k))) {
        return false;
      }
    }
    return true;
  }

  private void add(Kind kind, String name, String key, String context) {
    String phrase = phraseKey(name);
    if (phrase.isEmpty()) {
      return;
    }
    List<String> words = List.of(phrase.split(" "));
    byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
        .add(new Entry(kind, words, key, context));
  }

  private static List<String> variants(String[] row, int column) {
    List<String> out = new ArrayList<>();
    if (row.length > column) {
      for (String v : row[column].split("\\|")) {
        if (!v.isBlank()) {
          out.add(v.trim());
        }
      }
    }
    return out;
  }

  /** Rows of a TSV resource, without comment lines and the header. */
  private static List<String[]> read(String file, MessageDigest digest) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + DIR + file);
      }
      byte[] bytes = in.readAllBytes();
      if (digest != null) {
        digest.update(bytes);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
