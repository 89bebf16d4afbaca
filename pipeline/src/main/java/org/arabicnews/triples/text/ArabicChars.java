package org.arabicnews.triples.text;

/** Named Arabic-script code points, so rules read as what they mean rather than as hex. */
public final class ArabicChars {
  private ArabicChars() {}

  public static final char HAMZA = '\u0621';
  public static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  public static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  public static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  public static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char ALEF_WASLA = '\u0671';

  /** First and last of the harakat, tanween, shadda and sukun: U+064B FATHATAN .. U+0652 SUKUN. */
  public static final char FATHATAN = '\u064B';
  public static final char SUKUN = '\u0652';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';

  /** True for letters of the Arabic blocks (base, supplement, extended-A, presentation forms). */
  public static boolean isArabicLetter(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  /** Harakat, tanween, shadda and sukun (U+064B..U+0652) and the superscript alef. */
  public static boolean isHarakah(char c) {
    return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF;
  }
}
