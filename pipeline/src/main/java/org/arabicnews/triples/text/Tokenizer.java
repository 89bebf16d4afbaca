package org.arabicnews.triples.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, each with offsets into the original.
 *
 * <p>An Arabic word is a run of Arabic letters with the diacritics and tatweel inside it; a Latin word a run
 * of Latin letters; a number a run of digits (ASCII, Arabic-Indic or Extended) with single '.', ',' or '٫'
 * between digits; anything else that is not a space is a one-char punctuation token.
 */
public final class Tokenizer {
  private final ArabicNormalizer match = ArabicNormalizer.match();

  /** Tokens of {@code text[from, to)}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (isArabicWordChar(cp)) {
        kind = Token.Kind.ARABIC;
        while (i < to && isArabicWordChar(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else if (Character.isDigit(cp)) {
        kind = Token.Kind.NUMBER;
        while (i < to) {
          int c = text.codePointAt(i);
          if (Character.isDigit(c)) {
            i += Character.charCount(c);
          } else if ((c == '.' || c == ',' || c == '\u066B') && i + 1 < to && Character.isDigit(text.codePointAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
      } else if (Character.isLetter(cp)) {
        kind = Token.Kind.LATIN;
        while (i < to && Character.isLetter(text.codePointAt(i)) && !isArabicWordChar(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        kind = Token.Kind.PUNCTUATION;
        i += Character.charCount(cp);
      }
      String surface = text.substring(start, i);
      String norm = kind == Token.Kind.ARABIC ? match.normalizeToString(surface) : surface;
      tokens.add(new Token(start, i, surface, norm, kind, "", norm, ""));
    }
    return tokens;
  }

  private static boolean isArabicWordChar(int cp) {
    return ArabicChars.isArabicLetter(cp)
        || (cp <= Character.MAX_VALUE && ArabicChars.isHarakah((char) cp))
        || cp == ArabicChars.TATWEEL;
  }
}
