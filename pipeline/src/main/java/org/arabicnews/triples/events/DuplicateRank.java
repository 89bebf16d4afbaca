package org.arabicnews.triples.events;

/**
 * The order that picks a duplicate cluster's representative: the lowest-ranked article.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A main article ranks before an embedded ({@code read_also}) one, which ranks before a related headline:
 *       the page that carries an article in full is its best copy.
 *   <li>Then the earliest {@code published} time (read by {@link NewsDates}); an article without a readable
 *       time ranks after every dated one: the earliest copy is the likeliest original.
 *   <li>Then the smallest {@code article_id}, so the order is total and the same on every run.
 * </ol>
 *
 * <p>A rank is a string whose natural order is that order, {@code <kind>|<published>|<article_id>}, so runners
 * compare and shuffle it as a plain string and the article id can be read back from it.
 */
public final class DuplicateRank {
  private static final String UNKNOWN_TIME = "~";

  private DuplicateRank() {}

  public static String of(String segmentKind, String published, String articleId) {
    String time = NewsDates.timestamp(published);
    return kindOrder(segmentKind) + "|" + (time == null ? UNKNOWN_TIME : time) + "|" + articleId;
  }

  /** The article id a rank was made from. */
  public static String articleId(String rank) {
    return rank.substring(rank.lastIndexOf('|') + 1);
  }

  private static int kindOrder(String segmentKind) {
    if (segmentKind == null) {
      return 3;
    }
    return switch (segmentKind) {
      case "main" -> 0;
      case "read_also" -> 1;
      case "related_headline" -> 2;
      default -> 3;
    };
  }
}
