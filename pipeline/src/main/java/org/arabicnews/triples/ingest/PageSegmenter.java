package org.arabicnews.triples.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.arabicnews.triples.ingest.SegmentationRules.Kind;
import org.arabicnews.triples.ingest.SegmentationRules.Rule;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.NormalizedText;

/**
 * Cuts a scraped page (or an export's text field) into its articles and their metadata, driven by
 * {@link SegmentationRules}. The page is read line by line; each line, trimmed and put in the match
 * normalization, is compared with the rules:
 *
 * <ol>
 *   <li>HTML character references are decoded first (&amp;quot; → ").
 *   <li>{@code strip} rules cut residue out of the line; a line that had only residue, or matches a {@code drop}
 *       rule, is dropped.
 *   <li>{@code source} gives the current article's outlet, {@code keywords} its tags; {@code share} lines are
 *       dropped and the words after the buttons are tags too.
 *   <li>{@code read_also} starts an embedded article; its title is the rest of the marker line or the next line.
 *   <li>{@code headlines} starts a list: every later line, bullet and item number removed, is a related
 *       headline of the page, until the next section marker; each also becomes a short article of its own.
 *   <li>The main article's title is the export's title (cleaned by {@code title_strip}); a page without one gets
 *       its first line as title when that line reads like a headline: 2 to {@value #MAX_TITLE_WORDS} words, no
 *       sentence punctuation at its end or inside, not a dateline, followed (past residue and a dateline line)
 *       by a longer body line or one that ends a sentence.
 *   <li>A line that repeats the article's title is dropped.
 *   <li>The first body line of each article is matched against the {@code dateline} rules; the matched credit
 *       goes to dateline and agency, the rest of the line stays.
 *   <li>Every other line is body text, its bullet removed; blank lines separate paragraphs.
 * </ol>
 *
 * <p>Tag lines are split by {@link TagSplitter}, with the page's own text as evidence. Thread-safe.
 */
public final class PageSegmenter {
  static final int MAX_TITLE_WORDS = 25;
  static final int MAX_TITLE_CHARS = 200;
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  private final SegmentationRules rules;
  private final TagSplitter tagSplitter;

  /** A segmenter with the shipped rules. */
  public PageSegmenter() {
    this(SegmentationRules.defaults());
  }

  public PageSegmenter(SegmentationRules rules) {
    this.rules = rules;
    this.tagSplitter = new TagSplitter(rules);
  }

  /**
   * The page's articles: the main one first, then the embedded ones and the related headlines in page order.
   *
   * @param exportTitle the title the export gives the record, or null for a scraped page
   */
  public List<Segment> segment(String page, String exportTitle) {
    String[] raw = HtmlEntities.decode(page).split("\n", -1);
    Line[] lines = new Line[raw.length];
    for (int i = 0; i < raw.length; i++) {
      lines[i] = stripResidue(Line.of(raw[i]));
    }
    Builder main = new Builder(Segment.MAIN);
    main.setTitle(cleanTitle(exportTitle), exportTitle);
    List<Builder> articles = new ArrayList<>(List.of(main));
    Builder current = main;
    List<String> headlines = new ArrayList<>();
    boolean inHeadlines = false;
    boolean awaitingTitle = false;
    for (int i = 0; i < lines.length; i++) {
      Line line = lines[i];
      if (line == null) {
        current.paragraphBreak();
        continue;
      }
      Marker marker = marker(line);
      if (marker != null) {
        switch (marker.kind) {
          case DROP -> { }
          case SOURCE -> current.source = emptyToNull(marker.value);
          case KEYWORDS, SHARE -> {
            if (marker.value != null && !marker.value.isBlank()) {
              current.tagLines.add(marker.value);
            }
          }
          case READ_ALSO -> {
            current = new Builder(Segment.READ_ALSO);
            articles.add(current);
            inHeadlines = false;
            String title = cleanTitle(marker.value);
            current.setTitle(title, marker.value);
            awaitingTitle = title == null;
          }
          case HEADLINES -> inHeadlines = true;
          default -> throw new IllegalStateException("not a line marker: " + marker.kind);
        }
        continue;
      }
      if (inHeadlines) {
        String headline = stripItemNumber(stripBullet(line));
        if (!headline.isEmpty()) {
          headlines.add(headline);
        }
        continue;
      }
      if (awaitingTitle) {
        current.setTitle(cleanTitle(line.raw), line.raw);
        awaitingTitle = false;
        continue;
      }
      if (current.repeatsTitle(line)) {
        current.repeatedTitle = current.repeatedTitle == null ? line.raw : current.repeatedTitle;
        continue;
      }
      if (!current.opened) {
        Dateline dateline = dateline(line);
        if (current == main && main.title == null && dateline == null && looksLikeHeadline(line, lines, i)) {
          main.setTitle(cleanTitle(line.raw), line.raw);
          continue;
        }
        current.opened = true;
        if (dateline != null) {
          current.dateline = dateline.dateline;
          current.agency = dateline.agency;
          if (dateline.rest.isEmpty()) {
            continue;
          }
          line = Line.of(dateline.rest);
        }
      }
      current.addLine(stripBullet(line));
    }
    main.relatedHeadlines.addAll(headlines);
    return build(articles, headlines);
  }

  private List<Segment> build(List<Builder> articles, List<String> headlines) {
    PageTextSupplier pageText = new PageTextSupplier(articles, headlines);
    List<Segment> segments = new ArrayList<>();
    for (Builder b : articles) {
      if (b.text.length() == 0 && b.repeatedTitle != null) {
        b.addLine(b.repeatedTitle);
      }
      if (b.kind.equals(Segment.MAIN) || b.text.length() > 0) {
        List<String> keywords = new ArrayList<>();
        for (String tagLine : b.tagLines) {
          keywords.addAll(tagSplitter.split(tagLine, pageText));
        }
        segments.add(new Segment(b.kind, b.title, b.text.toString(), b.source, b.dateline, b.agency, keywords,
            b.relatedHeadlines));
      }
    }
    for (String headline : headlines) {
      segments.add(new Segment(Segment.RELATED_HEADLINE, headline, headline, null, null, null, List.of(), List.of()));
    }
    return segments;
  }

  /** The tags of one tag line, split as on a page whose only text is {@code pageText}. */
  List<String> tags(String tagLine, String pageText) {
    return tagSplitter.split(tagLine, () -> new TagSplitter.PageText(pageText));
  }

  // ---- Lines and rules ------------------------------------------------------------------------------------

  /** A trimmed line and its match normalization; null stands for a blank line. */
  static final class Line {
    final String raw;
    final NormalizedText normalized;
    /** The normalized line without edge spaces: what rules are matched against. */
    final String key;
    private final int keyOffset;

    private Line(String raw) {
      this.raw = raw;
      this.normalized = MATCH.normalize(raw);
      String n = normalized.text();
      int start = 0;
      int end = n.length();
      while (start < end && Character.isWhitespace(n.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(n.charAt(end - 1))) {
        end--;
      }
      this.key = n.substring(start, end);
      this.keyOffset = start;
    }

    static Line of(String raw) {
      String trimmed = trim(raw);
      return trimmed.isEmpty() ? null : new Line(trimmed);
    }

    /** The raw text of the key span {@code [start, end)}. */
    String raw(int start, int end) {
      return start >= end ? "" : raw.substring(rawStart(start), rawEnd(end)).strip();
    }

    int rawStart(int keyIndex) {
      return normalized.originalStart(keyIndex + keyOffset);
    }

    int rawEnd(int keyIndex) {
      return normalized.originalEnd(keyIndex + keyOffset);
    }

    int words() {
      return key.isEmpty() ? 0 : key.split(" ").length;
    }
  }

  /** {@code s} without edge whitespace (no-break spaces included) and invisible direction marks. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isInvisible(s.charAt(start))) {
      start++;
    }
    while (end > start && isInvisible(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isInvisible(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD'
        || c == '\u061C' || c == '\u2060';
  }

  private record Marker(Kind kind, String value) {}

  private static final Kind[] LINE_MARKERS = {Kind.DROP, Kind.SOURCE, Kind.KEYWORDS, Kind.READ_ALSO, Kind.SHARE,
      Kind.HEADLINES};

  /** The section marker or residue rule the whole line matches, or null for a text line. */
  private Marker marker(Line line) {
    for (Kind kind : LINE_MARKERS) {
      for (Rule rule : rules.rules(kind)) {
        Matcher m = rule.pattern().matcher(line.key);
        if (m.matches()) {
          String value = null;
          if (rule.hasGroup("value") && m.group("value") != null) {
            value = line.raw(m.start("value"), m.end("value"));
          }
          return new Marker(kind, value);
        }
      }
    }
    return null;
  }

  /** The line with every {@code strip} match cut out; null when nothing is left. */
  private Line stripResidue(Line line) {
    if (line == null) {
      return null;
    }
    String raw = cut(line, rules.rules(Kind.STRIP));
    return raw == line.raw ? line : Line.of(raw);
  }

  /** The raw line with the spans every rule finds cut out; the same instance when nothing matched. */
  private static String cut(Line line, List<Rule> cutRules) {
    StringBuilder out = null;
    String current = line.raw;
    Line view = line;
    for (Rule rule : cutRules) {
      Matcher m = rule.pattern().matcher(view.key);
      int last = 0;
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        if (out == null) {
          out = new StringBuilder(current.length());
        }
        out.append(current, last, view.rawStart(m.start()));
        last = view.rawEnd(m.end());
      }
      if (out != null) {
        out.append(current, last, current.length());
        current = trim(out.toString());
        out = null;
        view = Line.of(current);
        if (view == null) {
          return "";
        }
      }
    }
    return current;
  }

  private String stripBullet(Line line) {
    return stripPrefix(line, Kind.BULLET);
  }

  private String stripItemNumber(String item) {
    Line line = Line.of(item);
    return line == null ? "" : stripPrefix(line, Kind.ITEM_NUMBER);
  }

  /** The raw line without the prefix the first rule of {@code kind} finds at its start. */
  private String stripPrefix(Line line, Kind kind) {
    for (Rule rule : rules.rules(kind)) {
      Matcher m = rule.pattern().matcher(line.key);
      if (m.lookingAt() && m.end() > 0) {
        return trim(line.raw.substring(line.rawEnd(m.end())));
      }
    }
    return line.raw;
  }

  /** The title without {@code title_strip} residue and HTML references; null when nothing is left. */
  private String cleanTitle(String title) {
    if (title == null) {
      return null;
    }
    Line line = Line.of(HtmlEntities.decode(title));
    if (line == null) {
      return null;
    }
    String cleaned = trim(cut(line, rules.rules(Kind.TITLE_STRIP)));
    return cleaned.isEmpty() ? null : cleaned;
  }

  private record Dateline(String dateline, String agency, String rest) {}

  private Dateline dateline(Line line) {
    for (Rule rule : rules.rules(Kind.DATELINE)) {
      Matcher m = rule.pattern().matcher(line.key);
      if (m.lookingAt() && m.end() > 0) {
        String place = group(line, m, rule, "dateline");
        String agency = group(line, m, rule, "agency");
        String rest = m.end() >= line.key.length() ? "" : line.raw.substring(line.rawEnd(m.end()));
        return new Dateline(cleanCredit(place), cleanCredit(agency), trimLeadingPunctuation(rest));
      }
    }
    return null;
  }

  private static String group(Line line, Matcher m, Rule rule, String group) {
    return rule.hasGroup(group) && m.group(group) != null ? line.raw(m.start(group), m.end(group)) : null;
  }

  /** What may wrap a credit: ASCII whitespace, quotes, brackets, colons, commas and dashes. */
  private static final String CREDIT_WRAPPING = " \t\n\u000B\f\r«»\"“”()[]:،,-–—";

  /**
   * The credit without wrapping at either end; null when nothing is left. A loop, not a regex: an unanchored
   * {@code [...]+$} retries from every char of a run and was quadratic on a dateline full of guillemets.
   */
  private static String cleanCredit(String s) {
    if (s == null) {
      return null;
    }
    int start = 0;
    int end = s.length();
    while (start < end && CREDIT_WRAPPING.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && CREDIT_WRAPPING.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return start == end ? null : s.substring(start, end);
  }

  private static String trimLeadingPunctuation(String s) {
    int i = 0;
    while (i < s.length() && (isInvisible(s.charAt(i)) || ":：،,-–—".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return trim(s.substring(i));
  }

  private boolean looksLikeHeadline(Line line, Line[] lines, int index) {
    int words = line.words();
    if (words < 2 || words > MAX_TITLE_WORDS || line.raw.length() > MAX_TITLE_CHARS) {
      return false;
    }
    char last = line.key.charAt(line.key.length() - 1);
    if (".،,:;؛".indexOf(last) >= 0 || line.key.contains(". ")) {
      return false;
    }
    for (int j = index + 1; j < lines.length; j++) {
      Line next = lines[j];
      if (next == null) {
        continue;
      }
      Marker marker = marker(next);
      if (marker != null && marker.kind == Kind.DROP) {
        continue;
      }
      Dateline dateline = marker == null ? dateline(next) : null;
      if (dateline != null && dateline.rest.isEmpty()) {
        continue;
      }
      return marker == null && (next.words() > words || next.key.endsWith("."));
    }
    return false;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---- Articles being built -------------------------------------------------------------------------------

  private static final class Builder {
    final String kind;
    String title;
    private String titleKey;
    private String rawTitleKey;
    String source;
    String dateline;
    String agency;
    /** The first line dropped for repeating the title: the text, if the article has no other. */
    String repeatedTitle;
    /** Whether the first body line has been seen (datelines are looked for there only). */
    boolean opened;
    final List<String> tagLines = new ArrayList<>();
    final List<String> relatedHeadlines = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    boolean breakPending;

    Builder(String kind) {
      this.kind = kind;
    }

    void setTitle(String title, String rawTitle) {
      this.title = title;
      this.titleKey = title == null ? null : comparable(title);
      this.rawTitleKey = rawTitle == null ? null : comparable(rawTitle);
    }

    boolean repeatsTitle(Line line) {
      int longest = Math.max(titleKey == null ? 0 : titleKey.length(), rawTitleKey == null ? 0 : rawTitleKey.length());
      if (titleKey == null || line.key.length() > 2 * longest + 20) {
        return false;
      }
      String key = TagSplitter.lettersOnly(line.key);
      return !key.isEmpty() && (key.equals(titleKey) || key.equals(rawTitleKey));
    }

    private static String comparable(String s) {
      return TagSplitter.lettersOnly(SegmentationRules.normalize(HtmlEntities.decode(s)));
    }

    void paragraphBreak() {
      breakPending = text.length() > 0;
    }

    void addLine(String line) {
      if (line.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append(breakPending ? "\n\n" : "\n");
      }
      text.append(line);
      breakPending = false;
    }
  }

  /** The page's text as evidence for tag splitting, built only if a flattened tag line needs it. */
  private static final class PageTextSupplier implements java.util.function.Supplier<TagSplitter.PageText> {
    private final List<Builder> articles;
    private final List<String> headlines;
    private TagSplitter.PageText pageText;

    PageTextSupplier(List<Builder> articles, List<String> headlines) {
      this.articles = articles;
      this.headlines = headlines;
    }

    @Override
    public TagSplitter.PageText get() {
      if (pageText == null) {
        StringBuilder all = new StringBuilder();
        for (Builder b : articles) {
          all.append(b.title == null ? "" : b.title).append('\n').append(b.text).append('\n');
        }
        for (String h : headlines) {
          all.append(h).append('\n');
        }
        pageText = new TagSplitter.PageText(all);
      }
      return pageText;
    }
  }
}
