package org.arabicnews.triples.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news prose into sentences, with offsets into the original text.
 *
 * <p>Boundaries: a line break; and '.', '!', '?', '؟' or '…' followed by whitespace, except a '.' between
 * digits. Spaces at the edges of a sentence are left out of it.
 */
public final class SentenceSplitter {

  /** Sentence spans as {@code int[]{start, end}}. */
  public List<int[]> split(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean boundary;
      int end;
      if (c == '\n') {
        boundary = true;
        end = i;
      } else if (isTerminator(c) && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        boundary = !(c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
            && Character.isDigit(text.charAt(i + 1)));
        end = i + 1;
      } else {
        continue;
      }
      if (boundary) {
        add(spans, text, start, end);
        start = end;
      }
    }
    add(spans, text, start, n);
    return spans;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicChars.ARABIC_QUESTION_MARK || c == '…';
  }

  private static void add(List<int[]> spans, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new int[] {start, end});
    }
  }
}
