package org.arabicnews.triples.text;

import static org.arabicnews.triples.text.ArabicChars.CharClass;
import static org.arabicnews.triples.text.ArabicChars.classOf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, each with offsets into the original, and splits the
 * clitics off each Arabic word ({@link CliticAnalyzer}).
 *
 * <ul>
 *   <li>An Arabic word is a run of Arabic letters with the marks, tatweel and joiners inside it; an invisible
 *       control between two of its letters stays inside too.
 *   <li>A Latin word is a run of other letters; a number a run of digits (ASCII, Arabic-Indic or Extended)
 *       with single {@code . , ٫ ٬} between digits; anything else that is not a space is a one-char
 *       punctuation token (a surrogate pair is one token).
 *   <li>{@link Token#norm()} is the surface under the {@code match} profile; an Arabic word also gets its
 *       proclitic, stem and enclitic, with {@code proclitic + stem + enclitic == norm}. Words of the same
 *       document count as evidence for the clitic analysis, so a name the lexicon lacks is still found
 *       behind a clitic once it occurs on its own.
 * </ul>
 */
public final class Tokenizer {
  private final ArabicNormalizer match = ArabicNormalizer.match();
  private final CliticAnalyzer clitics;

  /** A tokenizer with the standard clitic lexicon. */
  public Tokenizer() {
    this(CliticAnalyzer.standard());
  }

  /** A tokenizer splitting clitics with {@code clitics}, or none when it is null. */
  public Tokenizer(CliticAnalyzer clitics) {
    this.clitics = clitics;
  }

  /** Tokens of {@code text[from, to)}. */
  public List<Token> tokenize(String text, int from, int to) {
    return tokenize(text, List.of(new int[] {from, to})).get(0);
  }

  /**
   * Tokens of each span of {@code text} (the sentences of one document). A word that occurs on its own in
   * any of the spans is evidence for splitting it off a clitic elsewhere in them: ناصر بوريطة ... وبوريطة.
   */
  public List<List<Token>> tokenize(String text, List<int[]> spans) {
    List<List<Piece>> pieces = new ArrayList<>(spans.size());
    int length = spans.isEmpty() ? 0 : spans.get(spans.size() - 1)[1] - spans.get(0)[0];
    CliticAnalyzer.CharTable documentWords = new CliticAnalyzer.CharTable(Math.max(64, length / 12));
    for (int[] span : spans) {
      List<Piece> sentence = pieces(text, span[0], span[1]);
      for (Piece piece : sentence) {
        if (piece.kind == Token.Kind.ARABIC && clitics != null) {
          documentWords.add(piece.norm, 1);
        }
      }
      pieces.add(sentence);
    }
    List<List<Token>> tokens = new ArrayList<>(spans.size());
    for (List<Piece> sentence : pieces) {
      List<Token> sentenceTokens = new ArrayList<>(sentence.size());
      for (Piece piece : sentence) {
        sentenceTokens.add(token(piece, documentWords));
      }
      tokens.add(sentenceTokens);
    }
    return tokens;
  }

  /** A token before its clitic analysis. */
  private record Piece(int start, int end, String surface, String norm, Token.Kind kind) {}

  private List<Piece> pieces(String text, int from, int to) {
    List<Piece> pieces = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      CharClass cls = classOf(c);
      if (cls == CharClass.SPACE || cls == CharClass.LINE_BREAK || ArabicChars.isInvisibleControl(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (cls == CharClass.ARABIC_LETTER || cls == CharClass.WORD_INTERNAL) {
        kind = Token.Kind.ARABIC;
        i = arabicWordEnd(text, i, to);
      } else if (cls == CharClass.DIGIT) {
        kind = Token.Kind.NUMBER;
        i = numberEnd(text, i, to);
      } else if (cls == CharClass.OTHER_LETTER) {
        kind = Token.Kind.LATIN;
        while (i < to && classOf(text.charAt(i)) == CharClass.OTHER_LETTER) {
          i++;
        }
      } else {
        kind = Token.Kind.PUNCTUATION;
        i += Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      }
      String surface = text.substring(start, i);
      String norm = kind != Token.Kind.ARABIC && isAscii(surface) ? surface
          : match.normalizeToString(surface, 0, surface.length());
      if (kind == Token.Kind.ARABIC && norm.isEmpty()) {
        kind = Token.Kind.PUNCTUATION;
      }
      pieces.add(new Piece(start, i, surface, norm, kind));
    }
    return pieces;
  }

  private Token token(Piece piece, CliticAnalyzer.CharTable documentWords) {
    if (piece.kind != Token.Kind.ARABIC || clitics == null) {
      return new Token(piece.start, piece.end, piece.surface, piece.norm, piece.kind, "", piece.norm, "");
    }
    CliticAnalyzer.Analysis analysis = clitics.analyzeSurface(piece.surface, piece.norm, documentWords);
    return new Token(piece.start, piece.end, piece.surface, piece.norm, piece.kind, analysis.proclitic(),
        analysis.stem(), analysis.enclitic());
  }

  /** The surface's Arabic letters as written, when there is one per char of the norm; else null. */
  public static String lettersAsWritten(String surface, int normLength) {
    char[] letters = new char[normLength];
    int count = 0;
    for (int k = 0; k < surface.length(); k++) {
      char c = surface.charAt(k);
      if (classOf(c) == CharClass.ARABIC_LETTER) {
        if (count == normLength || ArabicChars.isPresentationForm(c)) {
          return null;
        }
        letters[count++] = c;
      }
    }
    return count == normLength ? new String(letters) : null;
  }

  private static int arabicWordEnd(String text, int i, int to) {
    while (i < to) {
      CharClass cls = classOf(text.charAt(i));
      if (cls == CharClass.ARABIC_LETTER || cls == CharClass.WORD_INTERNAL) {
        i++;
      } else if (ArabicChars.isInvisibleControl(text.charAt(i)) && i + 1 < to
          && classOf(text.charAt(i + 1)) == CharClass.ARABIC_LETTER) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int numberEnd(String text, int i, int to) {
    while (i < to) {
      char c = text.charAt(i);
      if (classOf(c) == CharClass.DIGIT) {
        i++;
      } else if ((c == '.' || c == ',' || c == ArabicChars.ARABIC_DECIMAL_SEPARATOR
          || c == ArabicChars.ARABIC_THOUSANDS_SEPARATOR) && i + 1 < to && classOf(text.charAt(i + 1)) == CharClass.DIGIT
          && classOf(text.charAt(i - 1)) == CharClass.DIGIT) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isAscii(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
