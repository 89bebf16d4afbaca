package org.arabicnews.triples.text;

import static org.arabicnews.triples.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news prose into sentences, with offsets into the original text.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A line break ends a sentence: paragraphs, headlines and list items are each their own sentence.
 *   <li>A run of terminators ({@code . ! ? ؟ … ۔}) ends a sentence when followed by whitespace or the end,
 *       or directly by an Arabic letter (a missing space: {@code انتهى.وقال}).
 *   <li>Not inside a number ({@code 3.5}, {@code 21.07.2015}); a {@code .} after a number ends a sentence
 *       ({@code في 2016. وقال}) unless the number opens the line as a list number ({@code 1.}).
 *   <li>Not after an abbreviation: a lone letter ({@code د.}, {@code م.}, {@code ص.}, {@code J.}), also behind
 *       و or ف ({@code ود.}), a chain of them ({@code أ.د.}), or a Latin title ({@code Dr.}, {@code Mr.}).
 *       م. and هـ. after a year are era marks, which do end a sentence.
 *   <li>Not inside «guillemets», "quotes" or (parentheses) opened on the same line, unless the opener is more
 *       than {@value #MAX_QUOTE_CHARS} chars back (an unbalanced quote must not swallow a paragraph). A
 *       terminator just inside a closing quote or parenthesis ends the sentence after the closer.
 *   <li>A bullet (• ▪ ●) starts a new sentence wherever it stands; at the start of a line, so do {@code -},
 *       {@code *} and dashes. The markers themselves are left out of the sentence, as are edge spaces.
 * </ol>
 */
public final class SentenceSplitter {
  static final int MAX_QUOTE_CHARS = 400;
  private static final Set<String> LATIN_ABBREVIATIONS =
      Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "No", "vs", "etc", "Gen", "Col");

  /** Sentence spans as {@code int[]{start, end}}, in order, never empty. */
  public List<int[]> split(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int lineStart = 0;
    int openedAt = -1;
    int depth = 0;
    boolean straightQuote = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (classOf(c) == CharClass.LINE_BREAK) {
        add(spans, text, start, i, true);
        start = i + 1;
        lineStart = start;
        depth = 0;
        straightQuote = false;
        i++;
        continue;
      }
      boolean quoted = (depth > 0 || straightQuote) && i - openedAt <= MAX_QUOTE_CHARS;
      if (isOpener(c) || (isStraightQuote(c) && !straightQuote)) {
        if (!quoted) {
          openedAt = i;
          depth = 0;
          straightQuote = false;
        }
        if (isStraightQuote(c)) {
          straightQuote = true;
        } else {
          depth++;
        }
        i++;
        continue;
      }
      if (isCloser(c) || (isStraightQuote(c) && straightQuote)) {
        if (isStraightQuote(c)) {
          straightQuote = false;
        } else if (depth > 0) {
          depth--;
        }
        i++;
        if (quoted && depth == 0 && !straightQuote && i >= 2 && isTerminator(text.charAt(i - 2))) {
          int end = skipClosers(text, i);
          if (end == n || isSpace(text.charAt(end))) {
            add(spans, text, start, end, start == lineStart);
            start = end;
            i = end;
          }
        }
        continue;
      }
      if (isBullet(c) && i > start && !onlyMarkersBefore(text, start, i)) {
        add(spans, text, start, i, start == lineStart);
        start = i;
        i++;
        continue;
      }
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int run = i + 1;
      while (run < n && isTerminator(text.charAt(run))) {
        run++;
      }
      if (!quoted && endsSentence(text, start, lineStart, i, run)) {
        int end = skipClosers(text, run);
        add(spans, text, start, end, start == lineStart);
        start = end;
      }
      i = run;
    }
    add(spans, text, start, n, start == lineStart);
    return spans;
  }

  /** Whether the terminators {@code text[i, run)} end the sentence that began at {@code start}. */
  private static boolean endsSentence(String text, int start, int lineStart, int i, int run) {
    int n = text.length();
    char next = run < n ? text.charAt(run) : ' ';
    boolean single = run == i + 1 && text.charAt(i) == '.';
    if (single) {
      if (Character.isDigit(next)) {
        return false;
      }
      if (isAbbreviation(text, i) || isListNumber(text, lineStart, i)) {
        return false;
      }
    }
    if (isSpace(next) || isCloser(next) || isStraightQuote(next)) {
      return true;
    }
    return classOf(next) == CharClass.ARABIC_LETTER && (!single || wordBefore(text, i) >= 2);
  }

  /** Whether the '.' at {@code dot} closes an abbreviation. */
  private static boolean isAbbreviation(String text, int dot) {
    int k = dot;
    int letters = 0;
    while (k > 0 && (classOf(text.charAt(k - 1)) == CharClass.ARABIC_LETTER
        || classOf(text.charAt(k - 1)) == CharClass.WORD_INTERNAL)) {
      k--;
      if (classOf(text.charAt(k)) == CharClass.ARABIC_LETTER) {
        letters++;
      }
    }
    if (letters > 0) {
      char first = text.charAt(k);
      boolean chained = k > 0 && text.charAt(k - 1) == '.';
      if (letters == 1) {
        return chained || !isEraMark(text, k, first);
      }
      char second = firstLetterAfter(text, k + 1);
      return letters == 2 && (first == WAW || first == '\u0641') && "دمأا".indexOf(second) >= 0;
    }
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    String latin = text.substring(k, dot);
    return latin.length() == 1 && Character.isUpperCase(latin.charAt(0)) || LATIN_ABBREVIATIONS.contains(latin);
  }

  /** م (ميلادي) or هـ (هجري) right after a number: the year's era, not an abbreviation to read through. */
  private static boolean isEraMark(String text, int letter, char c) {
    if (c != '\u0645' && c != HEH) {
      return false;
    }
    int k = letter;
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    return k > 0 && Character.isDigit(text.charAt(k - 1));
  }

  private static char firstLetterAfter(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      if (classOf(text.charAt(k)) == CharClass.ARABIC_LETTER) {
        return text.charAt(k);
      }
    }
    return 0;
  }

  /** Letters in the word that ends at {@code end}. */
  private static int wordBefore(String text, int end) {
    int letters = 0;
    for (int k = end - 1; k >= 0; k--) {
      CharClass cls = classOf(text.charAt(k));
      if (cls == CharClass.ARABIC_LETTER || cls == CharClass.OTHER_LETTER) {
        letters++;
      } else if (cls != CharClass.WORD_INTERNAL) {
        break;
      }
    }
    return letters;
  }

  /** A '.' after nothing but digits (and list markers) since the line began: "1." opening a list item. */
  private static boolean isListNumber(String text, int lineStart, int dot) {
    boolean digits = false;
    for (int k = dot - 1; k >= lineStart; k--) {
      char c = text.charAt(k);
      if (classOf(c) == CharClass.DIGIT) {
        digits = true;
      } else if (!isSpace(c) && !isBullet(c) && !isLineMarker(c)) {
        return false;
      }
    }
    return digits;
  }

  private static boolean onlyMarkersBefore(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!isSpace(c) && !isBullet(c)) {
        return false;
      }
    }
    return true;
  }

  private static int skipClosers(String text, int from) {
    int k = from;
    while (k < text.length() && (isCloser(text.charAt(k)) || isStraightQuote(text.charAt(k)))) {
      k++;
    }
    return k;
  }

  private static void add(List<int[]> spans, String text, int start, int end, boolean atLineStart) {
    while (start < end && (isSpace(text.charAt(start)) || isBullet(text.charAt(start))
        || (atLineStart && isLineMarker(text.charAt(start)) && markerStandsAlone(text, start, end)))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new int[] {start, end});
    }
  }

  /** A line marker followed by a space or by text: not a minus sign before a number. */
  private static boolean markerStandsAlone(String text, int marker, int end) {
    return marker + 1 >= end || !Character.isDigit(text.charAt(marker + 1));
  }

  private static boolean isSpace(char c) {
    CharClass cls = classOf(c);
    return cls == CharClass.SPACE || cls == CharClass.LINE_BREAK || isInvisibleControl(c);
  }

  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HORIZONTAL_ELLIPSIS
        || c == ARABIC_FULL_STOP;
  }

  private static boolean isOpener(char c) {
    return c == LEFT_GUILLEMET || c == '(' || c == '[';
  }

  private static boolean isCloser(char c) {
    return c == RIGHT_GUILLEMET || c == ')' || c == ']';
  }

  /** Straight and curly double quotes: Arabic text uses “ and ” either way round, so they toggle. */
  private static boolean isStraightQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  private static boolean isBullet(char c) {
    return c == BULLET || c == '\u25AA' || c == '\u25CF' || c == '\u25E6';
  }

  private static boolean isLineMarker(char c) {
    return c == '-' || c == '*' || c == '\u2013' || c == '\u2014';
  }
}
