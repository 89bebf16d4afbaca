package org.arabicnews.triples.text;

/** Named code points and char classes, so rules read as what they mean rather than as hex. */
public final class ArabicChars {
  private ArabicChars() {}

  // Letters (Arabic block).
  public static final char HAMZA = '\u0621';
  public static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  public static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  public static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  public static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char ALEF_WASLA = '\u0671';

  // Persian and Urdu letter forms that stand for Arabic letters.
  public static final char KEHEH = '\u06A9';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_WITH_YEH_ABOVE = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';

  // Harakat: U+064B FATHATAN .. U+0652 SUKUN (tanween, short vowels, shadda, sukun).
  public static final char FATHATAN = '\u064B';
  public static final char FATHA = '\u064E';
  public static final char SHADDA = '\u0651';
  public static final char SUKUN = '\u0652';
  /** Combining madda and hamza: they compose with a preceding letter (ا + ◌ٔ = أ), as in NFC. */
  public static final char MADDAH_ABOVE = '\u0653';
  public static final char HAMZA_ABOVE = '\u0654';
  public static final char HAMZA_BELOW = '\u0655';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  // Quranic annotation marks: U+0610..U+061A and U+06D6..U+06ED.
  public static final char SIGN_SALLALLAHOU_ALAYHE_WASSALLAM = '\u0610';
  public static final char SMALL_KASRA = '\u061A';
  public static final char SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA = '\u06D6';
  public static final char SMALL_LOW_MEEM = '\u06ED';

  // Digits.
  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  // Punctuation.
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_FULL_STOP = '\u06D4';
  public static final char HORIZONTAL_ELLIPSIS = '\u2026';
  public static final char LEFT_GUILLEMET = '\u00AB';
  public static final char RIGHT_GUILLEMET = '\u00BB';
  public static final char BULLET = '\u2022';

  // Invisible format characters.
  public static final char SOFT_HYPHEN = '\u00AD';
  public static final char ARABIC_LETTER_MARK = '\u061C';
  public static final char ZERO_WIDTH_SPACE = '\u200B';
  public static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  public static final char ZERO_WIDTH_JOINER = '\u200D';
  public static final char RIGHT_TO_LEFT_MARK = '\u200F';
  public static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  public static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  public static final char WORD_JOINER = '\u2060';
  public static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  // Line ends beyond \n and \r.
  public static final char NEXT_LINE = '\u0085';
  public static final char LINE_SEPARATOR = '\u2028';
  public static final char PARAGRAPH_SEPARATOR = '\u2029';

  // Presentation-form blocks: Alphabetic Presentation Forms and Arabic Presentation Forms-A, and -B.
  public static final char PRESENTATION_FORMS_START = '\uFB00';
  public static final char PRESENTATION_FORMS_A_END = '\uFDFF';
  public static final char PRESENTATION_FORMS_B_START = '\uFE70';
  public static final char PRESENTATION_FORMS_B_END = '\uFEFE';

  /** What a char is to the tokenizer and the sentence splitter. */
  public enum CharClass {
    ARABIC_LETTER,
    /** A combining mark, a tatweel or a joiner: belongs to the word it is inside. */
    WORD_INTERNAL,
    OTHER_LETTER,
    DIGIT,
    SPACE,
    LINE_BREAK,
    OTHER
  }

  private static final CharClass[] CLASSES = CharClass.values();
  private static final byte[] CLASS_OF = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      CLASS_OF[c] = (byte) classify((char) c).ordinal();
    }
  }

  private static CharClass classify(char c) {
    if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == NEXT_LINE || c == LINE_SEPARATOR
        || c == PARAGRAPH_SEPARATOR) {
      return CharClass.LINE_BREAK;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return CharClass.SPACE;
    }
    if (Character.isDigit(c)) {
      return CharClass.DIGIT;
    }
    // Harakat and the combining hamza are script Inherited; their block says they are Arabic.
    boolean arabic = Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
        || (c >= '\u0600' && c <= '\u06FF') || (c >= '\u08A0' && c <= '\u08FF');
    if (Character.isLetter(c)) {
      return arabic ? CharClass.ARABIC_LETTER : CharClass.OTHER_LETTER;
    }
    int type = Character.getType(c);
    if (c == TATWEEL || c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER || c == SOFT_HYPHEN
        || (arabic && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK))) {
      return CharClass.WORD_INTERNAL;
    }
    return CharClass.OTHER;
  }

  /** The class of {@code c}: one table lookup. */
  public static CharClass classOf(char c) {
    return CLASSES[CLASS_OF[c]];
  }

  /** True for letters of the Arabic script (base, supplement, extended-A, presentation forms). */
  public static boolean isArabicLetter(int cp) {
    if (cp <= Character.MAX_VALUE) {
      return CLASS_OF[cp] == CharClass.ARABIC_LETTER.ordinal();
    }
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  /** Harakat, tanween, shadda and sukun (U+064B..U+0652) and the superscript alef. */
  public static boolean isHarakah(char c) {
    return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF;
  }

  /** Quranic annotation marks (U+0610..U+061A, U+06D6..U+06ED). */
  public static boolean isQuranicMark(char c) {
    return (c >= SIGN_SALLALLAHOU_ALAYHE_WASSALLAM && c <= SMALL_KASRA)
        || (c >= SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA && c <= SMALL_LOW_MEEM);
  }

  /** Zero-width and bidirectional controls, and the soft hyphen: invisible, removed by every profile. */
  public static boolean isInvisibleControl(char c) {
    return (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
        || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
        || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE)
        || c == WORD_JOINER || c == BYTE_ORDER_MARK || c == SOFT_HYPHEN || c == ARABIC_LETTER_MARK;
  }

  /** Arabic-Indic (U+0660..U+0669) and Extended Arabic-Indic (U+06F0..U+06F9) digits. */
  public static boolean isEasternDigit(char c) {
    return (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE)
        || (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE);
  }

  /** Chars in the presentation-form blocks, where NFKC replaces glyph variants and ligatures by letters. */
  public static boolean isPresentationForm(char c) {
    return (c >= PRESENTATION_FORMS_START && c <= PRESENTATION_FORMS_A_END)
        || (c >= PRESENTATION_FORMS_B_START && c <= PRESENTATION_FORMS_B_END);
  }
}
