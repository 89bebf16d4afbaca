package org.arabicnews.triples.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a scraped page into its articles and their metadata.
 *
 * <p>Line rules, applied to each trimmed line of the page:
 *
 * <ul>
 *   <li>'المصدر:' gives the current article's source.
 *   <li>'كلمات دلالية:' gives the current article's keywords.
 *   <li>'إقرأ أيضاً' (and its spellings, 'شاهد أيضا') starts an embedded article; its first line is the title.
 *   <li>A line starting 'طباعة' or 'شارك' is share furniture; the words after it are the current article's tags.
 *   <li>'مقالات مشابهة', 'أخبار ذات صلة', 'الأكثر قراءة' start a headline list; each later line, bullet removed,
 *       is a related headline of the page, and becomes an article of its own.
 *   <li>Any other line is body text of the current article; blank lines separate paragraphs.
 * </ul>
 */
public final class PageSegmenter {
  private static final Pattern SOURCE = Pattern.compile("^المصدر\\s*[:：]\\s*(.*)$");
  private static final Pattern KEYWORDS = Pattern.compile("^كلمات\\s+(?:دلالية|مفتاحية)\\s*[:：]\\s*(.*)$");
  private static final Pattern READ_ALSO = Pattern.compile("^(?:[إا]قرأ|شاهد)\\s+أيض[اً]+\\s*[:：]?\\s*$");
  private static final Pattern SHARE = Pattern.compile("^(?:طباعة|شارك)(?:\\s+(?:طباعة|شارك))*(?:\\s+(.*))?$");
  private static final Pattern HEADLINES = Pattern.compile("^(?:مقالات مشابهة|أخبار ذات صلة|الأكثر قراءة)\\s*[:：]?$");
  private static final Pattern BULLET = Pattern.compile("^[•·▪●◦\\-–*]\\s*");
  private static final Pattern TAG_SEPARATORS = Pattern.compile("\\s*[،,;؛|]\\s*|\\s{2,}|\\t");

  /** The page's articles: the main one first, then the embedded ones and the related headlines in page order. */
  public List<Segment> segment(String page, String title) {
    List<Builder> articles = new ArrayList<>();
    Builder main = new Builder(Segment.MAIN, title);
    articles.add(main);
    Builder current = main;
    List<String> headlines = new ArrayList<>();
    boolean inHeadlines = false;
    boolean awaitingTitle = false;
    for (String raw : page.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        current.paragraphBreak();
        continue;
      }
      var m = SOURCE.matcher(line);
      if (m.matches()) {
        current.source = emptyToNull(m.group(1));
        continue;
      }
      m = KEYWORDS.matcher(line);
      if (m.matches()) {
        current.keywords.addAll(tags(m.group(1)));
        continue;
      }
      if (READ_ALSO.matcher(line).matches()) {
        current = new Builder(Segment.READ_ALSO, null);
        articles.add(current);
        inHeadlines = false;
        awaitingTitle = true;
        continue;
      }
      m = SHARE.matcher(line);
      if (m.matches()) {
        if (m.group(1) != null) {
          current.keywords.addAll(tags(m.group(1)));
        }
        continue;
      }
      if (HEADLINES.matcher(line).matches()) {
        inHeadlines = true;
        continue;
      }
      if (inHeadlines) {
        String headline = BULLET.matcher(line).replaceFirst("").strip();
        if (!headline.isEmpty()) {
          headlines.add(headline);
        }
        continue;
      }
      if (awaitingTitle) {
        current.title = line;
        awaitingTitle = false;
        continue;
      }
      current.addLine(line);
    }
    main.relatedHeadlines.addAll(headlines);
    List<Segment> segments = new ArrayList<>();
    for (Builder b : articles) {
      if (b == main || !b.text.isEmpty()) {
        segments.add(b.build());
      }
    }
    for (String headline : headlines) {
      segments.add(new Segment(Segment.RELATED_HEADLINE, headline, headline, null, List.of(), List.of()));
    }
    return segments;
  }

  /** Tags split on explicit separators; a line the scraper flattened with single spaces stays one tag. */
  static List<String> tags(String line) {
    List<String> tags = new ArrayList<>();
    for (String tag : TAG_SEPARATORS.split(line.strip())) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    return tags;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static final class Builder {
    final String kind;
    String title;
    String source;
    final List<String> keywords = new ArrayList<>();
    final List<String> relatedHeadlines = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    boolean breakPending;

    Builder(String kind, String title) {
      this.kind = kind;
      this.title = title;
    }

    void paragraphBreak() {
      breakPending = text.length() > 0;
    }

    void addLine(String line) {
      if (text.length() > 0) {
        text.append(breakPending ? "\n\n" : "\n");
      }
      text.append(line);
      breakPending = false;
    }

    Segment build() {
      return new Segment(kind, title, text.toString(), source, keywords, relatedHeadlines);
    }
  }
}
