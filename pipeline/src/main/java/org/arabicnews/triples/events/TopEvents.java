package org.arabicnews.triples.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * The most reported events of a relations table, kept in bounded memory while the rows stream past.
 *
 * <p>Rule: more outlets first ({@code num_sources}), then more articles (duplicates collapsed), then more mentions,
 * then the smaller {@code relation_id}, so the list is the same on every read. Facts and undated events are not
 * events of a day and are left out.
 */
public final class TopEvents {
  /** One row of the relations table, as much of it as the report prints. */
  public record Event(String relationId, String day, String subjectLabel, String relation, String objectLabel,
      long sources, long articles, long mentions, double confidence) {}

  /** Most reported first. */
  public static final Comparator<Event> MOST_REPORTED = Comparator.comparingLong(Event::sources).reversed()
      .thenComparing(Comparator.comparingLong(Event::articles).reversed())
      .thenComparing(Comparator.comparingLong(Event::mentions).reversed())
      .thenComparing(Event::relationId);

  private final int n;
  private final PriorityQueue<Event> kept;

  public TopEvents(int n) {
    this.n = n;
    this.kept = new PriorityQueue<>(MOST_REPORTED.reversed());
  }

  public void offer(Event e) {
    if (e.day() == null || EventKey.isFact(e.relation())) {
      return;
    }
    kept.add(e);
    if (kept.size() > n) {
      kept.poll();
    }
  }

  /** The kept events, most reported first. */
  public List<Event> ranked() {
    List<Event> ranked = new ArrayList<>(kept);
    ranked.sort(MOST_REPORTED);
    return ranked;
  }

  /** A plain-text table of {@link #ranked()}, one line per event. */
  public String table() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%3s  %-10s  %7s  %8s  %8s  %4s  %s%n",
        "#", "day", "outlets", "articles", "mentions", "conf", "subject | relation | object"));
    int rank = 0;
    for (Event e : ranked()) {
      s.append(String.format(Locale.ROOT, "%3d  %-10s  %7d  %8d  %8d  %4.2f  %s | %s | %s%n", ++rank, e.day(),
          e.sources(), e.articles(), e.mentions(), e.confidence(), e.subjectLabel(), e.relation(), e.objectLabel()));
    }
    return s.toString();
  }
}
