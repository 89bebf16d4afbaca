package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * The data that drives {@link PageSegmenter}: section markers, residue patterns, dateline shapes, word lists
 * and tag-splitting cues. The rules shipped with the job are in {@value #DEFAULT_RESOURCE} beside this class;
 * a rules file given with {@code --segmentationRules} adds to them. The format is in docs/ingest.md.
 *
 * <p>Patterns and list items are put in the {@code match} normalization when loaded, the same one lines are
 * put in before they are compared, so a rule written with or without hamza, diacritics or tatweel matches
 * every spelling. Instances are immutable and thread-safe.
 */
public final class SegmentationRules {
  static final String DEFAULT_RESOURCE = "segmentation-rules.txt";

  /** What a rule does. */
  enum Kind {
    /** The line names the current article's outlet (group {@code value}). */
    SOURCE,
    /** The line holds the current article's tags (group {@code value}). */
    KEYWORDS,
    /** The line starts an embedded article; group {@code value}, if any, is its title. */
    READ_ALSO,
    /** Share or print furniture; group {@code value}, if any, holds tags. */
    SHARE,
    /** The line starts a related-headlines list. */
    HEADLINES,
    /** Residue: the whole line is dropped. */
    DROP,
    /** Residue inside a line: every match is cut out. */
    STRIP,
    /** A list marker at the start of a line, cut off. */
    BULLET,
    /** A number that opens an item of a related-headlines list, cut off (body lines keep theirs). */
    ITEM_NUMBER,
    /** Residue in a title: every match is cut out. */
    TITLE_STRIP,
    /** A dateline or agency credit at the start of an article (groups {@code dateline}, {@code agency}). */
    DATELINE,
    /** A word shaped like an adjective that agrees with the word before it, for tag splitting. */
    TAG_ADJECTIVE,
    /** A named word list: {@code list <name> item|item}. */
    LIST;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One line of a rules file. */
  private record Entry(Kind kind, String listName, String text, String origin) {}

  /** A compiled rule, with where it came from for error messages. */
  record Rule(Kind kind, Pattern pattern, String origin) {
    boolean hasGroup(String group) {
      return pattern.pattern().contains("(?<" + group + ">");
    }
  }

  private static final Pattern LIST_REFERENCE = Pattern.compile("\\{([a-z_]+)\\}");
  private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)\\s#");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  private final List<Entry> entries;
  private final Map<String, Set<String>> lists = new LinkedHashMap<>();
  private final Map<Kind, List<Rule>> rules = new EnumMap<>(Kind.class);

  private SegmentationRules(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      if (e.kind == Kind.LIST) {
        Set<String> items = lists.computeIfAbsent(e.listName, k -> new LinkedHashSet<>());
        for (String item : e.text.split("\\|")) {
          String normalized = normalize(item.strip());
          if (!normalized.isEmpty()) {
            items.add(normalized);
          }
        }
      }
    }
    for (Kind kind : Kind.values()) {
      rules.put(kind, new ArrayList<>());
    }
    for (Entry e : entries) {
      if (e.kind != Kind.LIST) {
        rules.get(e.kind).add(new Rule(e.kind, compile(e), e.origin));
      }
    }
  }

  /** The rules shipped with the job, loaded once. */
  public static SegmentationRules defaults() {
    return Defaults.RULES;
  }

  private static final class Defaults {
    static final SegmentationRules RULES = load();

    private static SegmentationRules load() {
      try (InputStream in = SegmentationRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The jar lacks " + DEFAULT_RESOURCE);
        }
        return new SegmentationRules(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * These rules plus those of a rules file. The file's rules are tried before these (a site's own dateline
   * shape before the general ones); its lists add to lists of the same name.
   *
   * @param origin the file's name, for error messages
   * @throws IllegalArgumentException naming the file and line of a bad rule
   */
  public SegmentationRules plus(String rulesText, String origin) {
    List<Entry> merged = new ArrayList<>(parse(rulesText, origin));
    merged.addAll(entries);
    return new SegmentationRules(merged);
  }

  List<Rule> rules(Kind kind) {
    return rules.get(kind);
  }

  /** The normalized items of a list; empty for a list no rule defines. */
  Set<String> list(String name) {
    return lists.getOrDefault(name, Set.of());
  }

  /** How lines and patterns are compared: the match normalization. */
  static String normalize(String text) {
    return MATCH.normalizeToString(text);
  }

  private static List<Entry> parse(String text, String origin) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = origin + ":" + (i + 1);
      String line = lines[i];
      Matcher comment = COMMENT.matcher(line);
      if (comment.find()) {
        line = line.substring(0, comment.start());
      }
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      Kind kind = kind(parts[0], where);
      String rest = parts.length > 1 ? parts[1].strip() : "";
      String listName = null;
      if (kind == Kind.LIST) {
        String[] named = rest.split("\\s+", 2);
        listName = named[0];
        rest = named.length > 1 ? named[1].strip() : "";
        if (!listName.matches("[a-z_]+")) {
          throw new IllegalArgumentException(
              where + ": a list name is lower-case letters and '_', not '" + listName + "'.");
        }
      }
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(where + ": the rule '" + parts[0] + "' has no pattern.");
      }
      entries.add(new Entry(kind, listName, rest, where));
    }
    return entries;
  }

  private static Kind kind(String word, String where) {
    for (Kind k : Kind.values()) {
      if (k.code().equals(word)) {
        return k;
      }
    }
    List<String> known = new ArrayList<>();
    for (Kind k : Kind.values()) {
      known.add(k.code());
    }
    throw new IllegalArgumentException(
        where + ": unknown rule kind '" + word + "'. Kinds: " + String.join(", ", known) + ".");
  }

  private Pattern compile(Entry e) {
    String normalized = normalize(e.text);
    Matcher ref = LIST_REFERENCE.matcher(normalized);
    StringBuilder expanded = new StringBuilder();
    while (ref.find()) {
      Set<String> items = lists.get(ref.group(1));
      if (items == null) {
        throw new IllegalArgumentException(e.origin + ": the pattern uses {" + ref.group(1) + "} but no 'list "
            + ref.group(1) + "' rule defines it.");
      }
      ref.appendReplacement(expanded, Matcher.quoteReplacement(alternatives(items)));
    }
    ref.appendTail(expanded);
    if ((e.kind == Kind.SOURCE || e.kind == Kind.KEYWORDS) && !expanded.toString().contains("(?<value>")) {
      throw new IllegalArgumentException(e.origin + ": a '" + e.kind.code() + "' rule needs a (?<value>...) group.");
    }
    try {
      return Pattern.compile(expanded.toString(), FLAGS);
    } catch (PatternSyntaxException x) {
      throw new IllegalArgumentException(e.origin + ": bad pattern: " + x.getDescription() + " near index "
          + x.getIndex() + " of " + expanded, x);
    }
  }

  /** A non-capturing group of the items, longest first so that the longest spelling wins. */
  private static String alternatives(Set<String> items) {
    List<String> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder group = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      group.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    return group.append(')').toString();
  }
}
