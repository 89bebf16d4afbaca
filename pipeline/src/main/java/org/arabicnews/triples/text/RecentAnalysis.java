package org.arabicnews.triples.text;

/**
 * The analysis of the text the current thread analyzed last, reused when the same text comes again. A runner
 * that fuses ExtractEntities and ExtractTriples into one step (Flink, Spark and Dataflow do) hands each article
 * to both on one thread, one right after the other: the second then skips the analysis. Elsewhere it costs one
 * string comparison.
 */
public final class RecentAnalysis {
  private static final ThreadLocal<AnalyzedText> LAST = new ThreadLocal<>();

  private RecentAnalysis() {}

  /** {@link AnalyzedText#of(String)}, or this thread's last analysis when it was of an equal text. */
  public static AnalyzedText of(String text) {
    AnalyzedText last = LAST.get();
    if (last != null && last.text().equals(text)) {
      return last;
    }
    AnalyzedText analyzed = AnalyzedText.of(text);
    LAST.set(analyzed);
    return analyzed;
  }
}
