package org.arabicnews.triples.ingest;

import java.util.List;

/**
 * An article cut out of a page.
 *
 * @param kind main, read_also or related_headline
 * @param title the headline, or null
 * @param text the body, furniture removed; paragraphs separated by a blank line
 * @param sourceName the outlet named on the page ('المصدر:'), or null
 * @param dateline the place (and date) line that opened the article, or null
 * @param agency the agency or paper credited at the start, or null
 * @param keywords the page's tags for this article
 * @param relatedHeadlines the headlines listed as related (main segments only)
 */
public record Segment(
    String kind,
    String title,
    String text,
    String sourceName,
    String dateline,
    String agency,
    List<String> keywords,
    List<String> relatedHeadlines) {
  public static final String MAIN = "main";
  public static final String READ_ALSO = "read_also";
  public static final String RELATED_HEADLINE = "related_headline";

  public Segment {
    keywords = List.copyOf(keywords);
    relatedHeadlines = List.copyOf(relatedHeadlines);
  }
}
